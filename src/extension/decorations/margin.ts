// Lines painted above and below the visible ones in a large document (and analysed first, as a
// preview, when it is opened): enough to scroll a few screens before asking the worker again.
export const MARGIN_LINES = 300;
