import { readFileSync } from 'node:fs';
import type { CollectionDocument } from '../../src/lib/citations/index.ts';

export const CORPUS = {
  langSon: '2021-10-26-cv-1419-vks-lang-son-kem-kh-200-ubnd.txt',
  tanBinh: '2023-06-08-kh-218-ubnd-quan-tan-binh.txt',
  baiChay: '2023-11-04-chi-bo-tieu-hoc-bai-chay-hoi-nghi-hoc-tap.md',
  phongDoanh: '2025-08-21-kh-22-ubnd-xa-phong-doanh.txt',
  bacKan: '2026-dang-uy-phuong-bac-kan-nam-nang-cao-chat-luong-can-bo.txt',
} as const;

export function corpus(name: string): string {
  return readFileSync(new URL(`../../content/sources/${name}`, import.meta.url), 'utf8');
}

export function doc(over: Partial<CollectionDocument> & { id: string }): CollectionDocument {
  return {
    docType: 'Kế hoạch',
    number: null,
    symbol: null,
    year: null,
    issuer: null,
    level: null,
    locality: { province: null, district: null, commune: null },
    date: null,
    title: null,
    ...over,
  };
}
