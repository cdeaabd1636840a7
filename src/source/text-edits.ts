// Edits to a text made in a copy, with the way back from a place in the copy to the place as written.

/** A change to a text: the characters from `start` to `end` replaced by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Repaired {
  text: string;
  /** The offset in the text as written of an offset in the repaired text. */
  written: (offset: number) => number;
}

/** The text with the edits (sorted, apart) made, and the way back from a place in it to the text as written. */
export function applyEdits(text: string, edits: Edit[]): Repaired {
  const marks: { at: number; from: number; length: number; was: number }[] = [];
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += text.slice(last, edit.start);
    marks.push({ at: out.length, from: edit.start, length: edit.text.length, was: edit.end - edit.start });
    out += edit.text;
    last = edit.end;
  }
  out += text.slice(last);
  const written = (offset: number) => {
    // The last edit made at or before the offset, by a binary search.
    let low = -1;
    let high = marks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (marks[mid]!.at <= offset) low = mid;
      else high = mid - 1;
    }
    const mark = marks[low];
    if (!mark) return offset;
    if (offset < mark.at + mark.length) return mark.from + Math.min(offset - mark.at, mark.was);
    return offset + mark.from + mark.was - (mark.at + mark.length);
  };
  return { text: out, written };
}
