import { createParser, type Options } from 'nuqs';
import { DEFAULT_SHARE_STATE, SHARE_CODECS, type ShareState } from './share-state';
import type { Codec } from './param-codecs';

/**
 * nuqs parsers built from the same codecs as parseShareState, so the hooks and the pure
 * functions can never disagree. A partly valid list (country=GBR~XXX) yields what was valid;
 * a wholly invalid value yields the default.
 */
function fromCodec<T>(codec: Codec<T>) {
  return createParser<T>({
    parse: (raw) => codec.decode(raw).value,
    serialize: (value) => codec.encode(value),
    eq: (a, b) => codec.eq(a, b),
  });
}

export const shareStateParsers = {
  time: fromCodec(SHARE_CODECS.time),
  country: fromCodec(SHARE_CODECS.country).withDefault(DEFAULT_SHARE_STATE.country),
  stance: fromCodec(SHARE_CODECS.stance).withDefault(DEFAULT_SHARE_STATE.stance),
  layer: fromCodec(SHARE_CODECS.layer).withDefault(DEFAULT_SHARE_STATE.layer),
  tab: fromCodec(SHARE_CODECS.tab).withDefault(DEFAULT_SHARE_STATE.tab),
  view: fromCodec(SHARE_CODECS.view),
  trust: fromCodec(SHARE_CODECS.trust).withDefault(DEFAULT_SHARE_STATE.trust),
  sort: fromCodec(SHARE_CODECS.sort).withDefault(DEFAULT_SHARE_STATE.sort),
} satisfies Record<keyof ShareState, unknown>;

/** Discrete choices (select, filter, layer, tab): Back undoes them. */
export const PUSH = { history: 'push', scroll: false, shallow: true } as const satisfies Options;

/** Continuous changes (scrubbing, panning): one history entry, not hundreds. */
export const REPLACE = { history: 'replace', scroll: false, shallow: true } as const satisfies Options;
