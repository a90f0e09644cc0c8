/**
 * The search benchmark's arithmetic: which render answers a keystroke while typing, the figures
 * it writes under stable keys, and how docs/benchmarks.json merges every part's figures.
 */
import { describe, expect, it } from 'vitest';
import { mergeFigures, type PartResult } from '../../../scripts/bench/report.ts';
import { searchFigures, type Round } from '../../../scripts/bench/search-report.ts';
import { keystrokeLatencies } from '../../../scripts/bench/search-measure.ts';

describe('keystrokeLatencies', () => {
  const keys = [
    { at: 0, q: 'f' },
    { at: 150, q: 'fe' },
    { at: 300, q: 'fee' },
  ];

  it('times each keystroke to the render of its own query', () => {
    const renders = [
      { at: 20, q: 'f' },
      { at: 170, q: 'fe' },
      { at: 330, q: 'fee' },
    ];
    expect(keystrokeLatencies(keys, renders)).toEqual([20, 20, 30]);
  });

  it('a keystroke overtaken by a later one waits for the later results', () => {
    // "fe" never rendered: its keystroke is answered by the "fee" render.
    const renders = [
      { at: 20, q: 'f' },
      { at: 330, q: 'fee' },
    ];
    expect(keystrokeLatencies(keys, renders)).toEqual([20, 180, 30]);
  });

  it('a stale render (an earlier query) does not answer a later keystroke', () => {
    // The "f" results arrive after "fe" was typed: they do not count for "fe".
    const renders = [
      { at: 200, q: 'f' },
      { at: 260, q: 'fe' },
      { at: 310, q: 'fee' },
    ];
    expect(keystrokeLatencies(keys, renders)).toEqual([200, 110, 10]);
  });

  it('a render of a query not yet typed at that moment does not count', () => {
    const renders = [{ at: 100, q: 'fee' }];
    expect(keystrokeLatencies(keys, renders)).toEqual([Number.NaN, Number.NaN, Number.NaN]);
  });

  it('a keystroke never answered counts the time waited for it', () => {
    expect(keystrokeLatencies(keys, [{ at: 20, q: 'f' }], 60_300)).toEqual([20, 60_150, 60_000]);
  });

  it('a trailing space keeps the query, so its keystroke is answered by the same results', () => {
    const typed = [
      { at: 0, q: 'exit' },
      { at: 150, q: 'exit' },
    ];
    expect(keystrokeLatencies(typed, [{ at: 40, q: 'exit' }])).toEqual([40, Number.NaN]);
    expect(keystrokeLatencies(typed, [{ at: 160, q: 'exit' }])).toEqual([160, 10]);
  });
});

const round = (scale: number): Round => ({
  readyMs: 100 * scale,
  loadSearchBytes: 1000 * scale,
  loadHtmlBytes: 500,
  firstMs: 40 * scale,
  firstBytes: 200 * scale,
  laterMs: [10 * scale, 30 * scale],
  filterMs: [5 * scale, 7 * scale],
  filterBytes: 0,
  typingMs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((x) => x * scale),
  rawMs: [2 * scale],
});

describe('searchFigures', () => {
  it('writes ours under search.<catalog>.<name> and the peer with a minisearch_ prefix', () => {
    const f = searchFigures('c10000', { ours: [round(1), round(2), round(3)], peer: [round(10)] });
    // Per-round figures are medians of the rounds; per-query ones pool every round's queries.
    expect(f['search.c10000.first_query_ms']).toBe(80);
    expect(f['search.c10000.later_query_ms']).toBe(30);
    expect(f['search.c10000.filter_only_ms']).toBe(12);
    expect(f['search.c10000.typing_median_ms']).toBe(9);
    expect(f['search.c10000.typing_p90_ms']).toBe(21);
    expect(f['search.c10000.raw_pagefind_ms']).toBe(4);
    expect(f['search.c10000.minisearch_first_query_ms']).toBe(400);
    expect(f['search.c10000.bytes_before_first_results']).toBe(2400);
    expect(f['search.c10000.bytes_ratio']).toBeCloseTo(2400 / 12000);
  });
});

describe('mergeFigures', () => {
  const part = (name: PartResult['part'], figures?: Record<string, number>): PartResult => ({
    part: name,
    at: '2026-01-01T00:00:00Z',
    tables: [],
    notes: [],
    metrics: {},
    ...(figures ? { figures } : {}),
  });

  it("is the union of every part's figures, sorted by key", () => {
    const merged = mergeFigures({
      search: part('search', { 'search.c10000.first_query_ms': 31.234567891 }),
      pages: part('pages', { 'lighthouse.credentials.performance': 99 }),
      verify: part('verify'),
    });
    expect(Object.keys(merged)).toEqual([
      'lighthouse.credentials.performance',
      'search.c10000.first_query_ms',
    ]);
    expect(merged['search.c10000.first_query_ms']).toBe(31.2346);
  });
});
