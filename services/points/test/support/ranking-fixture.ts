import { v7 } from 'uuid';
import type { Harness } from './harness.js';

export const COUNTY = '430999';
export const T1 = '430999001';
export const A = '430999001001';
export const A2 = '430999001002';
export const T2 = '430999002';
export const B = '430999002001';

/** Regions, grids and active grid posts in governance's database (what a grid-member ranking asks about). */
export async function addGridPosts(
  h: Harness,
  posts: { cadreId: string; village: string; role: 'LEADER' | 'MEMBER'; ended?: boolean }[],
): Promise<void> {
  const conn = h.governance.orm.em.getConnection();
  await conn.execute(
    `insert into region (code, name, level, parent_code) values
     (?, '测试县', 'COUNTY', null), (?, '一乡', 'TOWNSHIP', ?), (?, '甲村', 'VILLAGE', ?), (?, '乙村', 'VILLAGE', ?),
     (?, '二乡', 'TOWNSHIP', ?), (?, '丙村', 'VILLAGE', ?) on conflict do nothing`,
    [COUNTY, T1, COUNTY, A, T1, A2, T1, T2, COUNTY, B, T2],
  );
  const township = v7();
  await conn.execute(`insert into grid (id, name, level, division_code) values (?, '一乡一级网格', 'TOWNSHIP', ?)`, [
    township,
    T1,
  ]);
  const villages = new Map<string, string>();
  for (const village of [...new Set(posts.map((p) => p.village))]) {
    const id = v7();
    const area = v7();
    villages.set(village, area);
    await conn.execute(
      `insert into grid (id, name, level, division_code, parent_id) values (?, ?, 'VILLAGE', ?, ?), (?, ?, 'AREA', ?, ?)`,
      [id, `${village}二级网格`, village, township, area, `${village}一片`, village, id],
    );
  }
  for (const post of posts)
    await conn.execute(
      `insert into grid_member (id, grid_id, cadre_id, role, started_on, ended_on) values (?, ?, ?, ?, '2026-01-01', ?)`,
      [v7(), villages.get(post.village), post.cadreId, post.role, post.ended ? '2026-02-01' : null],
    );
}
