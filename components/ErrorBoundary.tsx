import { Component, type ReactNode } from 'react';

interface Props {
  /** Told once when the part throws while rendering. */
  onError: (error: unknown) => void;
  /** What shows instead (nothing by default). */
  fallback?: (error: unknown) => ReactNode;
  children: ReactNode;
}

/** One part of a page: if it throws while rendering it is replaced by its fallback; the rest of the page stays. */
export class ErrorBoundary extends Component<Props, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown): { error: unknown; failed: boolean } {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }

  override render(): ReactNode {
    return this.state.failed ? (this.props.fallback?.(this.state.error) ?? null) : this.props.children;
  }
}
