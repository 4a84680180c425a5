import { useEffect, useRef, type ReactNode } from 'react';

let isFirstScreen = true;

/**
 * The screen's h1. Sets the document title, and after a navigation moves focus
 * here so screen-reader and keyboard users start at the top of the new screen.
 */
export function PageHeading({
  children,
  title,
  className,
}: {
  children: ReactNode;
  title: string;
  className?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title === 'Mend' ? 'Mend' : `${title} · Mend`;
  }, [title]);
  useEffect(() => {
    if (isFirstScreen) {
      isFirstScreen = false;
      return;
    }
    ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
