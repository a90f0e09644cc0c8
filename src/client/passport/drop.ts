/**
 * Files from a drop, folders included: a dropped folder is walked (entries API) to its files,
 * at most MAX_FILES, skipping hidden files.
 */
export const MAX_FILES = 1000;

function readEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  return new Promise((resolve) => {
    const next = () =>
      reader.readEntries(
        (batch) => {
          if (!batch.length) resolve(all);
          else {
            all.push(...batch);
            next();
          }
        },
        () => resolve(all),
      );
    next();
  });
}

const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File | undefined>((resolve) => entry.file(resolve, () => resolve(undefined)));

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (out.length >= MAX_FILES || entry.name.startsWith('.')) return;
  if (entry.isFile) {
    const f = await fileOf(entry as FileSystemFileEntry);
    if (f) out.push(f);
  } else if (entry.isDirectory) {
    for (const child of await readEntries(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

export async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (!entries.length) return [...dt.files].slice(0, MAX_FILES);
  const out: File[] = [];
  for (const e of entries) await walk(e, out);
  return out;
}
