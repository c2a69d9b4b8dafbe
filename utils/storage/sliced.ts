/** Lets the host page run between slices of work (a content script must not hold its main thread). */
export const pauseForHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
