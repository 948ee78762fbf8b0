import { Aspects, Fn, IAspect, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from './errors';

import { MANAGED_BY_TAG, MANAGED_BY_VALUE } from './contract';

export { MANAGED_BY_TAG, MANAGED_BY_VALUE } from './contract';

interface Taggable {
  tags: { [key: string]: string } | undefined;
  /** What was configured (the `tags` getter returns a reference to the attribute instead). */
  readonly tagsInput: { [key: string]: string } | undefined;
  resetTags(): void;
}

function isTaggable(node: IConstruct): node is IConstruct & Taggable {
  // Every generated provider resource with a `tags` argument has a reset method for it.
  return typeof (node as unknown as { resetTags?: unknown }).resetTags === 'function' && 'tagsInput' in node;
}

/**
 * Merges tags into every taggable resource below a scope, at synth.
 *
 * Tags already set on a resource win over these, so a construct (or a user
 * through an escape hatch) can still override one. Resources whose tags are
 * an unresolved expression get a Terraform `merge()`.
 */
export class TagResources implements IAspect {
  /** Resources already tagged: aspects run again on every synthesis, and a second `merge()` would wrap the first. */
  private readonly tagged = new WeakSet<IConstruct>();

  /** `tags` may be a token (a `map(string)` variable); it is then merged in Terraform. */
  constructor(private readonly tags: Readonly<Record<string, string>>) {}

  public visit(node: IConstruct): void {
    if (!isTaggable(node) || this.tagged.has(node)) return;
    this.tagged.add(node);
    const current = node.tagsInput;
    if ((current !== undefined && Token.isUnresolved(current)) || Token.isUnresolved(this.tags)) {
      const own = Token.isUnresolved(this.tags) ? this.tags : { ...this.tags };
      node.tags = Fn.merge([own, current ?? {}]) as unknown as Record<string, string>;
      return;
    }
    node.tags = { ...this.tags, ...(current ?? {}) };
  }
}

/**
 * Tags every taggable AWS resource a construct creates: the library's
 * `ManagedBy` tag, then the user's tags (which win on a key clash).
 * Call once in the constructor of each top-level construct.
 */
export function tagConstruct(scope: IConstruct, userTags: Readonly<Record<string, string>> = {}): void {
  const managed = { [MANAGED_BY_TAG]: MANAGED_BY_VALUE };
  // A token map (a variable) cannot be spread at synth: merge it in Terraform, the user's tags winning.
  const tags = Token.isUnresolved(userTags) ? (Fn.merge([managed, userTags]) as unknown as Record<string, string>) : { ...managed, ...userTags };
  Aspects.of(scope).add(new TagResources(tags));
}

/** Checks user tags against AWS's limits (key 1-128 chars, value <= 256, no `aws:` prefix). */
export function checkTags(scope: IConstruct, prop: string, tags: Readonly<Record<string, string>> | undefined): void {
  if (tags === undefined || Token.isUnresolved(tags)) return;
  for (const [key, value] of Object.entries(tags)) {
    if (Token.isUnresolved(key)) continue;
    if (key.length < 1 || key.length > 128 || key.toLowerCase().startsWith('aws:')) {
      throw new InvalidPropError(scope, `${prop}.${key}`, key, 'tag keys must be 1 to 128 characters and must not start with "aws:"');
    }
    if (typeof value !== 'string' || (!Token.isUnresolved(value) && value.length > 256)) {
      throw new InvalidPropError(scope, `${prop}.${key}`, value, 'tag values must be strings of at most 256 characters');
    }
  }
}
