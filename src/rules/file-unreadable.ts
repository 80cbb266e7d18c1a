// file-unreadable: the file cannot be read, is not a regular file, or is not UTF-8 text.
import { defineLoadRule } from './rule.js';

export interface FileUnreadableData {
  reason: 'read' | 'not-file' | 'encoding' | 'binary' | 'utf16';
  /** The system's error code for `read`, e.g. EACCES. */
  code?: string;
}

const READ_VI: Record<string, string> = { EACCES: 'không có quyền đọc', EPERM: 'không có quyền đọc', EISDIR: 'đây là thư mục', ELOOP: 'liên kết tượng trưng vòng lặp', ENOENT: 'liên kết tượng trưng trỏ tới tệp không tồn tại' };
const READ_EN: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a folder', ELOOP: 'a symbolic link that loops', ENOENT: 'a symbolic link to nothing' };

export default defineLoadRule<FileUnreadableData>({
  id: 'file-unreadable',
  severity: 'error',
  description: { vi: 'Không đọc được tệp, hoặc tệp không phải văn bản UTF-8', en: 'The file cannot be read or is not UTF-8 text' },
  message: {
    vi: (d) => {
      switch (d.reason) {
        case 'read': return `Không đọc được tệp (${READ_VI[d.code ?? ''] ?? d.code ?? 'lỗi hệ thống'}).`;
        case 'not-file': return 'Đây không phải tệp thông thường (có thể là FIFO, socket hoặc thiết bị); không đọc được.';
        case 'encoding': return 'Tệp không phải văn bản UTF-8 ở vị trí này; hãy lưu lại tệp với bảng mã UTF-8.';
        case 'binary': return 'Tệp chứa ký tự NUL: đây là tệp nhị phân, không phải biên bản YAML.';
        case 'utf16': return 'Tệp có vẻ được lưu bằng bảng mã UTF-16 không có BOM; hãy lưu lại với bảng mã UTF-8.';
      }
    },
    en: (d) => {
      switch (d.reason) {
        case 'read': return `The file cannot be read (${READ_EN[d.code ?? ''] ?? d.code ?? 'system error'}).`;
        case 'not-file': return 'This is not a regular file (perhaps a FIFO, socket or device); it cannot be read.';
        case 'encoding': return 'The file is not UTF-8 text at this point; save it again with the UTF-8 encoding.';
        case 'binary': return 'The file contains NUL characters: it is a binary file, not a YAML record.';
        case 'utf16': return 'The file seems to be saved as UTF-16 without a byte order mark; save it again as UTF-8.';
      }
    },
  },
});
