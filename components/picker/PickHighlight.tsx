/** The outline over the element under the pointer while picking; never catches the pointer itself. */
export function PickHighlight({ rect }: { rect: DOMRect | null }) {
  if (!rect) return null;
  return <div className="kefu-pick-highlight" data-testid="kefu-pick-highlight" style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }} />;
}
