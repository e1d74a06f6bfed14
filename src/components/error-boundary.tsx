import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

export type ErrorBoundaryProps = { children: ReactNode };
type ErrorBoundaryState = { error: Error | null };

/** Last line of defence: a render bug shows a readable message instead of a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept in the console for whoever reports the bug; the user sees the panel.
    console.warn('Dashboard render error', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <ErrorPanel
        title="Something went wrong while showing this page"
        message={`${this.state.error.message}. Reloading the page usually helps; if it does not, please report this message.`}
        action={
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        }
      />
    );
  }
}
