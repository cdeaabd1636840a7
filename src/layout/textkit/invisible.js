// Characters that print nothing (controls, spaces and joiners, variation selectors): no font needs a glyph for them.
// Plain JavaScript beside leaflet's textkit copy, which imports it through react-pdf-hooks.js; the glyph check too.

/**
 * @param {number} codePoint
 * @returns {boolean}
 */
export function invisible(codePoint) {
    return (codePoint <= 0x20 ||
        (codePoint >= 0x7f && codePoint <= 0xa0) ||
        (codePoint >= 0x200b && codePoint <= 0x200f) ||
        (codePoint >= 0x2060 && codePoint <= 0x2064) ||
        (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
        codePoint === 0xfeff ||
        (codePoint >= 0xe0100 && codePoint <= 0xe01ef));
}
