/** A box on the page, in CSS pixels of the viewport. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}
