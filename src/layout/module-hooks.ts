// Registers the resolution or load hooks that a module exports: in this thread where Node can, else on Node's hooks thread.
import module from 'node:module';

/**
 * Node 22.15 and newer run hooks in the thread that registers them (`module.registerHooks`), and Node 26 warns
 * that `module.register`, which runs them on a thread of their own, is deprecated; Node 20 has only the latter.
 * The hooks in `file` must answer as `next` does: at once in the first case, with a promise in the second.
 */
export async function registerHooksOf(file: URL): Promise<void> {
  const { registerHooks } = module as { registerHooks?: (hooks: object) => unknown };
  if (registerHooks) registerHooks(await import(file.href));
  else module.register(file);
}
