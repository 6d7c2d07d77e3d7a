import type { TrapId } from '../../core/types';
import type { OpenTrapMemory } from '../components/TrapList';

const KEY = 'fanchang-radar.open-trap';

/**
 * The trap whose evidence the shopper opened last, in the popup's own storage (the extension's
 * origin, never a shop's). Storage that cannot be used only means nothing is remembered.
 */
export function popupTrapMemory(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = globalThis.localStorage ?? null,
): OpenTrapMemory {
  return {
    get() {
      try {
        return (storage?.getItem(KEY) as TrapId | null) ?? null;
      } catch {
        return null;
      }
    },
    set(id) {
      try {
        if (id === null) storage?.removeItem(KEY);
        else storage?.setItem(KEY, id);
      } catch {
        // Private windows may refuse storage: the trap simply starts closed next time.
      }
    },
  };
}
