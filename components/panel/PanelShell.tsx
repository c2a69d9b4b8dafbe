import { useRef, useState, type ReactNode } from 'react';
import type { Placement } from '@/utils/panel/placement';

interface Props {
  title: string;
  collapsed: boolean;
  dock: 'left' | 'right';
  placement: Placement;
  labels: { collapse: string; expand: string; dockLeft: string; dockRight: string; drag: string };
  onToggleCollapse: () => void;
  onToggleDock: () => void;
  onDragEnd: (left: number, top: number) => void;
  panelRef: (el: HTMLElement | null) => void;
  children: ReactNode;
  /** Why the panel cannot be collapsed now (a trainee's mandatory playbook), or null. */
  collapseBlocked?: string | null;
  /** What stays in view when collapsed: each feature's one-line rail (the waiting timer). */
  rail?: ReactNode;
}

/** The floating frame every feature renders into: title bar to drag, collapse and dock buttons. */
export function PanelShell({ title, collapsed, dock, placement, labels, onToggleCollapse, onToggleDock, onDragEnd, panelRef, children, rail, collapseBlocked }: Props) {
  const drag = useRef<{ dx: number; dy: number; el: HTMLElement } | null>(null);
  // No room for the whole panel: a one-line rail that opens on a click and closes when the pointer leaves it.
  const [peek, setPeek] = useState(false);
  const isRail = placement.mode === 'rail' && !peek;

  const onPointerDown = (event: React.PointerEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).closest('button')) return;
    const el = event.currentTarget.parentElement!;
    const box = el.getBoundingClientRect();
    drag.current = { dx: event.clientX - box.left, dy: event.clientY - box.top, el };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: React.PointerEvent<HTMLElement>) => {
    if (!drag.current) return;
    drag.current.el.style.left = `${event.clientX - drag.current.dx}px`;
    drag.current.el.style.top = `${event.clientY - drag.current.dy}px`;
  };
  const onPointerUp = (event: React.PointerEvent<HTMLElement>) => {
    if (!drag.current) return;
    const { dx, dy } = drag.current;
    drag.current = null;
    onDragEnd(event.clientX - dx, event.clientY - dy);
  };

  return (
    <section
      className={`kefu-panel${collapsed ? ' is-collapsed' : ''}${isRail ? ' is-rail' : ''}`}
      ref={panelRef}
      style={{ left: placement.left, top: placement.top, maxHeight: placement.maxHeight }}
      data-testid="kefu-panel"
      data-mode={isRail ? 'rail' : 'panel'}
      aria-label={title}
      onMouseLeave={() => setPeek(false)}
    >
      <header className="kefu-header" title={labels.drag} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp}>
        {isRail && rail ? (
          <button type="button" className="kefu-rail-inline" onClick={() => setPeek(true)} data-testid="kefu-rail-open" title={labels.expand}>
            {rail}
          </button>
        ) : (
          <strong>{title}</strong>
        )}
        <span className="kefu-header-buttons">
          <button type="button" onClick={onToggleDock} aria-label={dock === 'right' ? labels.dockLeft : labels.dockRight}>
            {dock === 'right' ? '⇤' : '⇥'}
          </button>
          <button
            type="button"
            data-testid="kefu-collapse"
            onClick={onToggleCollapse}
            aria-expanded={!collapsed}
            aria-label={collapsed ? labels.expand : labels.collapse}
            disabled={!!collapseBlocked}
            title={collapseBlocked ?? undefined}
          >
            {collapsed ? '▢' : '—'}
          </button>
        </span>
      </header>
      {isRail ? null : collapsed ? (
        rail && (
          <div className="kefu-rail" data-testid="kefu-rail">
            {rail}
          </div>
        )
      ) : (
        <div className="kefu-body">{children}</div>
      )}
    </section>
  );
}
