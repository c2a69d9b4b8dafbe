import { Component, type ReactNode } from 'react';
import { reportFeatureFailure } from '@/utils/features';

interface Props {
  featureId: string;
  children: ReactNode;
}

/** One feature's part of the panel: if it throws while rendering, it is reported and left out; the rest stays. */
export class FeatureBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    reportFeatureFailure(this.props.featureId, 'render', error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
