import { clsx, type ClassValue } from 'clsx';

/** The one class-name merge helper used by every component. */
export function cx(...classes: ClassValue[]): string {
  return clsx(classes);
}
