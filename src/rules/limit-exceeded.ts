// limit-exceeded: the file is larger, deeper, or has more aliases or list items than allowed.
import type { Limits } from '../parse/source.js';
import { defineLoadRule } from './rule.js';

export interface LimitExceededData {
  limit: keyof Limits;
  /** The size found, when it is known (the parser may give up before counting). */
  value?: number;
  max: number;
}

const WHAT: Record<keyof Limits, { vi: string; en: string; option: string }> = {
  maxBytes: { vi: 'Tệp quá lớn', en: 'The file is too large', option: '--max-file-size' },
  maxDepth: { vi: 'Các bảng, danh sách lồng nhau quá sâu', en: 'Mappings and lists are nested too deep', option: '--max-depth' },
  maxAliases: { vi: 'Quá nhiều tham chiếu YAML (*tên)', en: 'Too many YAML aliases (*name)', option: '--max-aliases' },
  maxItems: { vi: 'Một danh sách hoặc bảng có quá nhiều phần tử', en: 'A list or mapping has too many items', option: '--max-items' },
};

const unit = (d: LimitExceededData, lang: 'vi' | 'en') =>
  d.limit === 'maxBytes' ? (lang === 'vi' ? ' byte' : ' bytes') : '';

export default defineLoadRule<LimitExceededData>({
  id: 'limit-exceeded',
  severity: 'error',
  description: { vi: 'Tệp vượt giới hạn về kích thước, độ sâu, tham chiếu hoặc số phần tử', en: 'The file exceeds a size, depth, alias or item limit' },
  message: {
    vi: (d) => `${WHAT[d.limit].vi}: ${d.value === undefined ? 'vượt xa' : `${d.value}${unit(d, 'vi')},`} giới hạn là ${d.max}${unit(d, 'vi')}. Tệp không được kiểm tra; nếu tệp đúng là biên bản, hãy nâng giới hạn bằng ${WHAT[d.limit].option}.`,
    en: (d) => `${WHAT[d.limit].en}: ${d.value === undefined ? 'far beyond' : `${d.value}${unit(d, 'en')},`} the limit ${d.value === undefined ? 'of' : 'is'} ${d.max}${unit(d, 'en')}. The file was not checked; if it really is a record, raise the limit with ${WHAT[d.limit].option}.`,
  },
});
