import type { DerivedStatus } from './status.ts';

/** The visual family of a status: colour plus a shape, so it never relies on colour alone. */
export function statusTone(status: DerivedStatus): 'late' | 'done' | 'active' | 'none' {
  switch (status) {
    case '滞后':
    case '逾期未销号':
      return 'late';
    case '已完成':
    case '已验收销号':
      return 'done';
    case '序时推进':
    case '长期坚持':
      return 'active';
    default:
      return 'none';
  }
}
