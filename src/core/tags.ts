import { Aspects, Fn, IAspect, TerraformProvider, TerraformStack, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError, ReliabilityError } from './errors';
import { checkArgumentsOf, checkScopeArgument } from './function-arguments';
import { checkObject, checkString } from './prop-types';
import { tagCountProblem, tagProblem } from './tag-rules';

import { MANAGED_BY_TAG, MANAGED_BY_VALUE } from './contract';

export { MANAGED_BY_TAG, MANAGED_BY_VALUE } from './contract';

interface Taggable {
  tags: { [key: string]: string } | undefined;
  /** What was configured (the `tags` getter returns a reference to the attribute instead). */
  readonly tagsInput: { [key: string]: string } | undefined;
  readonly terraformResourceType: string;
  resetTags(): void;
}

/** True for a generated provider resource with a `tags` argument (they all have a reset method for it). */
export function isTaggable(node: IConstruct): node is IConstruct & Taggable {
  return typeof (node as unknown as { resetTags?: unknown }).resetTags === 'function' && 'tagsInput' in node;
}

/** Whose tags a resource carries: each construct that tagged it with a user's prop, and the keys that came from it. */
interface UserTags {
  readonly scope: IConstruct;
  readonly prop: string;
  readonly keys: ReadonlySet<string>;
}
const userTagsOf = new WeakMap<IConstruct, UserTags[]>();

function isProvider(node: IConstruct): node is TerraformProvider {
  return node instanceof TerraformProvider;
}

const defaultAwsProviders = new WeakMap<TerraformStack, TerraformProvider | undefined>();

/** The provider a resource is created with: its own, or the stack's default AWS provider (no alias). */
function providerOf(node: IConstruct): TerraformProvider | undefined {
  const own = (node as unknown as { provider?: TerraformProvider }).provider;
  if (own) return own;
  const stack = TerraformStack.of(node);
  if (!defaultAwsProviders.has(stack)) {
    defaultAwsProviders.set(stack, stack.node.findAll().filter(isProvider).find((p) => p.terraformResourceType === 'aws' && p.alias === undefined));
  }
  return defaultAwsProviders.get(stack);
}

/** Keys of the AWS provider's `default_tags` (every resource of the provider carries them), when known at synth. */
function defaultTagKeys(node: IConstruct): string[] {
  const provider = providerOf(node);
  if (!provider || provider.terraformResourceType !== 'aws') return [];
  const blocks = (provider as unknown as { defaultTags?: unknown }).defaultTags;
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((b) => {
    const tags = (b as { tags?: Record<string, string> } | undefined)?.tags;
    return tags && !Token.isUnresolved(tags) ? Object.keys(tags) : [];
  });
}

/**
 * Checks the tags a resource carries now against the rules of its service
 * (characters, lengths, `aws:`, tags per resource: `tag-rules.ts`). Every
 * construct that writes tags calls it after writing, so the last write sees
 * the resource's final tags. A user's tag that breaks a rule is an
 * `InvalidPropError` naming `<prop>.<key>`; too many tags name `<prop>` with
 * how many the library adds; a tag the library wrote itself that breaks one
 * is a bug of the library, reported as such.
 */
export function checkResourceTags(node: IConstruct): void {
  if (!isTaggable(node)) return;
  const tags = node.tagsInput;
  if (tags === undefined || Token.isUnresolved(tags)) return;
  const type = node.terraformResourceType;
  const owners = userTagsOf.get(node) ?? [];
  const ownerOf = (key: string) => owners.find((o) => o.keys.has(key));
  for (const [key, value] of Object.entries(tags)) {
    if (Token.isUnresolved(key) || typeof value !== 'string' || Token.isUnresolved(value)) continue;
    const problem = tagProblem(type, key, value);
    if (problem === undefined) continue;
    const owner = ownerOf(key);
    if (owner) throw new InvalidPropError(owner.scope, `${owner.prop}.${key}`, value, `${problem}; the tag lands on ${type} ${node.node.path}`);
    throw new ReliabilityError(`${node.node.path}: the library wrote the tag ${JSON.stringify(key)} = ${JSON.stringify(value)} on ${type}, which AWS refuses: ${problem}. Please report this.`);
  }
  const keys = Object.keys(tags);
  const fromProvider = defaultTagKeys(node).filter((k) => !(k in tags));
  const problem = tagCountProblem(type, keys.length + fromProvider.length);
  if (problem === undefined) return;
  const user = keys.filter((k) => ownerOf(k) !== undefined);
  const library = keys.filter((k) => ownerOf(k) === undefined);
  const count = `${library.length} from the library (${library.join(', ') || 'none'}), ${user.length} of yours${fromProvider.length ? ` and ${fromProvider.length} from the provider's default_tags` : ''}`;
  const owner = owners.find((o) => user.some((k) => o.keys.has(k)));
  if (owner) throw new InvalidPropError(owner.scope, owner.prop, `${user.length} tags`, `are too many for ${type} ${node.node.path}: it would carry ${keys.length + fromProvider.length} tags, ${count}; ${problem}`);
  throw new ReliabilityError(`${node.node.path}: ${type} would carry ${keys.length + fromProvider.length} tags (${count}); ${problem}.`);
}

/** Who gave the tags a {@link TagResources} writes, when they are a user's prop. */
export interface TagSource {
  /** The construct whose prop they are. */
  readonly scope: IConstruct;
  /** The prop (`tags`). */
  readonly prop: string;
  /** The keys that are the user's (the others are the library's). */
  readonly keys: readonly string[];
}

/**
 * Merges tags into every taggable resource below a scope, at synth.
 *
 * Tags already set on a resource win over these, so a construct (or a user
 * through an escape hatch) can still override one. Resources whose tags are
 * an unresolved expression get a Terraform `merge()`. Each resource's tags
 * are then checked against the rules of its service ({@link checkResourceTags}).
 */
export class TagResources implements IAspect {
  /** Resources already tagged: aspects run again on every synthesis, and a second `merge()` would wrap the first. */
  private readonly tagged = new WeakSet<IConstruct>();

  /**
   * `tags` may be a token (a `map(string)` variable); it is then merged in Terraform.
   * `source` says which keys are a user's prop, so a bad one is an error naming the prop.
   */
  constructor(
    private readonly tags: Readonly<Record<string, string>>,
    private readonly source?: TagSource,
  ) {}

  public visit(node: IConstruct): void {
    if (!isTaggable(node) || this.tagged.has(node)) return;
    this.tagged.add(node);
    const current = node.tagsInput;
    if ((current !== undefined && Token.isUnresolved(current)) || Token.isUnresolved(this.tags)) {
      const own = Token.isUnresolved(this.tags) ? this.tags : { ...this.tags };
      node.tags = Fn.merge([own, current ?? {}]) as unknown as Record<string, string>;
      return;
    }
    if (this.source) {
      // A key the resource sets itself wins, so it is not the user's there.
      const keys = new Set(this.source.keys.filter((k) => current === undefined || !(k in current)));
      userTagsOf.set(node, [...(userTagsOf.get(node) ?? []), { scope: this.source.scope, prop: this.source.prop, keys }]);
    }
    node.tags = { ...this.tags, ...(current ?? {}) };
    checkResourceTags(node);
  }
}

/**
 * Tags every taggable AWS resource a construct creates: the library's
 * `ManagedBy` tag, then the user's tags (which win on a key clash), checked
 * against each resource's service at synth. Call once in the constructor of
 * each top-level construct.
 */
export function tagConstruct(scope: IConstruct, userTags: Readonly<Record<string, string>> = {}, prop = 'tags'): void {
  checkScopeArgument('tagConstruct', scope, 'the construct whose resources to tag');
  checkArgumentsOf('tagConstruct', scope, () => {
    checkString(scope, 'prop', prop);
    if (prop.trim() === '') throw new InvalidPropError(scope, 'prop', prop, 'must name the prop the tags were given in, e.g. "tags"');
    // A map of strings, or a token map (a variable); each key and value as AWS allows on every service.
    checkObject(scope, prop, userTags);
    checkTags(scope, prop, userTags);
  });
  const managed = { [MANAGED_BY_TAG]: MANAGED_BY_VALUE };
  // A token map (a variable) cannot be spread at synth: merge it in Terraform, the user's tags winning.
  if (Token.isUnresolved(userTags)) {
    Aspects.of(scope).add(new TagResources(Fn.merge([managed, userTags]) as unknown as Record<string, string>));
    return;
  }
  Aspects.of(scope).add(new TagResources({ ...managed, ...userTags }, { scope, prop, keys: Object.keys(userTags) }));
}

/**
 * Checks user tags against the limits of every AWS service (key 1-128
 * characters, value at most 256, no `aws:` prefix) as soon as they are
 * given. The characters and the number of tags depend on the service each
 * resource belongs to: {@link checkResourceTags} checks them at synth.
 */
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

/**
 * Checks tags that land on resources of one known Terraform type (e.g. the
 * recovery point tags of a backup rule) against that type's service rules,
 * now: characters, lengths, `aws:`, and the number of tags.
 */
export function checkTagsFor(scope: IConstruct, prop: string, terraformType: string, tags: Readonly<Record<string, string>> | undefined): void {
  if (tags === undefined || Token.isUnresolved(tags)) return;
  checkTags(scope, prop, tags);
  for (const [key, value] of Object.entries(tags)) {
    if (Token.isUnresolved(key) || Token.isUnresolved(value)) continue;
    const problem = tagProblem(terraformType, key, value);
    if (problem) throw new InvalidPropError(scope, `${prop}.${key}`, value, problem);
  }
  const count = tagCountProblem(terraformType, Object.keys(tags).length);
  if (count) throw new InvalidPropError(scope, prop, `${Object.keys(tags).length} tags`, count);
}
