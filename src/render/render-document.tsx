// Renders a react-pdf document to bytes; a component that throws fails the render with its own error, quietly.
import { renderToBuffer } from '../layout/react-pdf.js';
import { Component, type ReactElement, type ReactNode } from 'react';

interface CatchProps {
  onError: (cause: unknown) => void;
  children: ReactNode;
}

/** Hands on the error of a component below it, and then draws nothing. */
class Catch extends Component<CatchProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(cause: unknown) {
    this.props.onError(cause);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

type Write = typeof process.stderr.write;

/**
 * React reports an exception thrown by a component on the standard error, with its stack, through the
 * `console.error` that the renderer kept when it loaded; the render then fails with an unrelated `Cannot read
 * properties of null`. Here the component's own error fails the render, and React's report is held back. The
 * document mounts synchronously as the render starts, so only what is written then is held; when nothing
 * failed, it goes out as it came.
 */
export async function renderDocument(document: ReactElement): Promise<Buffer> {
  let failure: { cause: unknown } | undefined;
  const held: Parameters<Write>[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((...args: Parameters<Write>) => held.push(args) > 0) as Write;
  let rendering: Promise<Buffer>;
  try {
    rendering = renderToBuffer(<Catch onError={(cause) => (failure ??= { cause })}>{document}</Catch>);
  } finally {
    process.stderr.write = write;
  }
  if (!failure) for (const args of held) write.apply(process.stderr, args);
  const bytes = await rendering.catch((cause: unknown) => {
    throw failure ? failure.cause : cause;
  });
  if (failure) throw failure.cause;
  return bytes;
}
