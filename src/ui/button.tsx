import type { ComponentPropsWithRef } from 'react';
import { Link, type LinkProps } from 'react-router';
import styles from './button.module.css';

type Look = { variant?: 'primary' | 'secondary' | 'quiet'; size?: 'normal' | 'small' };

function classes({ variant = 'primary', size = 'normal' }: Look, extra?: string): string {
  return [styles.button, styles[variant], size === 'small' ? styles.small : '', extra ?? '']
    .filter(Boolean)
    .join(' ');
}

export function Button({
  variant,
  size,
  className,
  type = 'button',
  ...props
}: Look & ComponentPropsWithRef<'button'>) {
  return <button type={type} className={classes({ variant, size }, className)} {...props} />;
}

export function ButtonLink({ variant, size, className, ...props }: Look & LinkProps) {
  return <Link className={classes({ variant, size }, className)} {...props} />;
}
