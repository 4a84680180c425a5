/**
 * What went wrong with a form, announced at once; nothing is shown while all
 * is well. `className` is the screen's own style for it.
 */
export function FormProblem({ problem, className }: { problem: string | null; className?: string }) {
  return problem ? (
    <p className={className} role="alert">
      {problem}
    </p>
  ) : null;
}
