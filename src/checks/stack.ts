import { blocks, isObject, JsonObject, referencedAddresses, stringMap, str, stringsIn } from './json';
import { literalRepetitions, substituteIterator, substituteLocals } from './repetition';

/** One resource of a synthesized stack, as the rules see it. */
export interface TerraformJsonResource {
  /** Resource type, e.g. `aws_db_instance`. */
  readonly type: string;
  /** Logical name, e.g. `orders`. */
  readonly name: string;
  /** Terraform address, e.g. `aws_db_instance.orders`. */
  readonly address: string;
  /** The resource's configuration as written in the JSON (blocks as objects or arrays). */
  readonly body: JsonObject;
}

/**
 * A provider configuration of the stack (a `provider` block), e.g. the AWS
 * provider aliased `recovery`. Plans and states are read into the same shape
 * (see `inputs/`).
 */
export interface ProviderConfiguration {
  /** The key resources name it by: `aws`, `aws.recovery`, or a plan's opaque key such as `module.network:aws`. */
  readonly key: string;
  /** The provider's local name, e.g. `aws`. */
  readonly name: string;
  /** The alias. @default - the provider's default configuration */
  readonly alias?: string;
  /** Its arguments as Terraform JSON (`region`, `default_tags`, `assume_role`, ...); values may be `${...}` expressions. */
  readonly config: JsonObject;
}

/** What a stack model was read from: a Terraform JSON configuration, or a plan or state of `terraform show -json`. */
export type StackOrigin = 'configuration' | 'plan' | 'state';

/** A `module "<name>" { source = ... }` call of a configuration: its resources are not in the JSON, so no rule judges them. */
export interface ModuleCall {
  /** The call's name, e.g. `alb`. */
  readonly name: string;
  /** Its address, e.g. `module.alb`. */
  readonly address: string;
  /** The `source` argument, e.g. `terraform-aws-modules/alb/aws`. @default - absent when the call has none */
  readonly source?: string;
  /** The `version` argument. @default - absent when the call has none */
  readonly version?: string;
}

/** What a stack model is built from: its resources (document order) and provider configurations. */
export interface StackModelInput {
  /** What the resources were read from. @default 'configuration' */
  readonly origin?: StackOrigin;
  readonly resources: readonly TerraformJsonResource[];
  readonly providers: readonly ProviderConfiguration[];
  /**
   * The provider configuration key of each resource, by address, where it is
   * not the `provider` meta-argument of its body.
   * @default - every resource uses its `provider` argument, else its provider's default configuration
   */
  readonly providerKeys?: ReadonlyMap<string, string>;
  /** The configuration's module calls, whose resources the JSON does not hold. @default - none */
  readonly moduleCalls?: readonly ModuleCall[];
  /**
   * Named values that references may go through when the rules match one
   * resource to another: `local.<name>` (a configuration's `locals`) and
   * `module.<call>.<output>` (a plan's module outputs), each with the
   * expression it stands for.
   * @default - none
   */
  readonly aliases?: Readonly<Record<string, unknown>>;
}

/** The provider local name of a resource type: the part before the first `_` (`aws_s3_bucket` -> `aws`). */
export function providerNameOf(type: string): string {
  let name = PROVIDER_NAMES.get(type);
  if (name === undefined) {
    const i = type.indexOf('_');
    name = i < 0 ? type : type.slice(0, i);
    PROVIDER_NAMES.set(type, name);
  }
  return name;
}

/** Asked once per resource by several rules: one slice per type. */
const PROVIDER_NAMES = new Map<string, string>();

/** The provider configurations of a Terraform JSON document's `provider` blocks. */
function providersIn(root: JsonObject): ProviderConfiguration[] {
  const out: ProviderConfiguration[] = [];
  for (const group of blocks(root.provider)) {
    for (const [name, configs] of Object.entries(group)) {
      for (const config of blocks(configs)) {
        const alias = str(config.alias);
        out.push({ key: alias !== undefined && alias !== '' ? `${name}.${alias}` : name, name, ...(alias ? { alias } : {}), config });
      }
    }
  }
  return out;
}

/** The `locals` of a Terraform JSON document (every `locals` block, in order). */
function localsIn(root: JsonObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const group of blocks(root.locals)) Object.assign(out, group);
  return out;
}

/** The `module` calls of a Terraform JSON document. */
function moduleCallsIn(root: JsonObject): ModuleCall[] {
  const out: ModuleCall[] = [];
  for (const group of blocks(root.module)) {
    for (const [name, configs] of Object.entries(group)) {
      const config = blocks(configs)[0] ?? {};
      const source = str(config.source);
      const version = str(config.version);
      out.push({ name, address: `module.${name}`, ...(source !== undefined ? { source } : {}), ...(version !== undefined ? { version } : {}) });
    }
  }
  return out;
}

/**
 * Adds the instances of a resource as Terraform makes them from the configuration:
 * one per element of a literal `for_each` (addressed `type.name["key"]`, with
 * `each.key` and `each.value` substituted), else the resource itself (with
 * a `count` or an unresolved `for_each`: a template of unknown instances).
 */
function addInstances(out: TerraformJsonResource[], type: string, name: string, body: JsonObject): void {
  const address = `${type}.${name}`;
  const elements = body.for_each === undefined ? undefined : literalRepetitions(body.for_each, 'resource');
  if (elements === undefined) {
    out.push({ type, name, address, body });
    return;
  }
  const template: Record<string, unknown> = { ...body };
  delete template.for_each;
  for (const element of elements) out.push({ type, name, address: `${address}[${JSON.stringify(String(element.key))}]`, body: substituteIterator(template, 'each', element) as JsonObject });
}

/** Resources by address, and instances by the address of their resource (`type.name` for `type.name["a"]`) where the two differ. */
interface AddressLookup {
  readonly byAddress: Map<string, TerraformJsonResource>;
  readonly byBase: Map<string, TerraformJsonResource[]>;
}

/** Adds a resource to the list of a key. */
function addTo<K>(map: Map<K, TerraformJsonResource[]>, key: K, r: TerraformJsonResource): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [r]);
  else list.push(r);
}

/** Adds a resource (not yet in it) to a lookup by address. */
function addToLookup(lookup: AddressLookup, r: TerraformJsonResource): void {
  lookup.byAddress.set(r.address, r);
  const base = baseAddress(r.address);
  if (base !== r.address) addTo(lookup.byBase, base, r);
}

/** Who references which address, and who holds which literal, among the resources of one type by one attribute. */
interface PointerIndex {
  readonly byAddress: Map<string, Pointers>;
  /** Made on the first lookup by a literal (most lookups have none: a VPC has no literal `id`). */
  byLiteral?: Map<string, Pointers>;
  /** The position of each resource among those of the type, made when a lookup merges lists. */
  position?: Map<TerraformJsonResource, number>;
}

/**
 * The resources of one key of a pointer index, in document order: the resource itself while it is the only one
 * (most keys have one: a list of one for each of 30,000 keys cost more than the check for one).
 */
type Pointers = TerraformJsonResource | TerraformJsonResource[];

/** Adds a resource to the resources of a key, once (resources come in document order). */
function addPointer(map: Map<string, Pointers>, key: string, r: TerraformJsonResource): void {
  const had = map.get(key);
  if (had === undefined) map.set(key, r);
  else if (Array.isArray(had)) {
    if (had[had.length - 1] !== r) had.push(r);
  } else if (had !== r) map.set(key, [had, r]);
}

/** The resources of a key as a list (the index's own list when it has one). */
function pointerList(p: Pointers): TerraformJsonResource[] {
  return Array.isArray(p) ? p : [p];
}

/**
 * Two lists in the order of `position`, without repeats, as one (a new list). Asked for the Aurora clusters of the
 * bench, each of which has one instance by reference and one by name: a set and a sort of the two cost more.
 */
function mergeInOrder(a: readonly TerraformJsonResource[], b: readonly TerraformJsonResource[], position: Map<TerraformJsonResource, number>): TerraformJsonResource[] {
  const out: TerraformJsonResource[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (position.get(a[i])! < position.get(b[j])!) out.push(a[i++]);
    else out.push(b[j++]);
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** `type.name` of an instance address `type.name[0]` / `type.name["a"]` (a module path kept); the address itself otherwise. */
export function baseAddress(address: string): string {
  // Most addresses have no instance key: no regular expression for them (asked several times per resource).
  if (address.charCodeAt(address.length - 1) !== 93 /* ] */) return address;
  const m = /^(.*[A-Za-z0-9_-])\[(?:\d+|"(?:[^"\\]|\\.)*")\]$/.exec(address);
  return m ? m[1] : address;
}

/**
 * A synthesized Terraform JSON document (`cdk.tf.json`, or any `*.tf.json`)
 * read into resources with addresses. Tolerates every shape Terraform's JSON
 * syntax allows (objects or arrays of objects at each level) and ignores
 * what it does not understand.
 */
export class TerraformJsonStack {
  /** Reads a parsed JSON document; anything that is not an object gives an empty stack. */
  public static fromJson(json: unknown, name = 'stack'): TerraformJsonStack {
    const root = isObject(json) ? json : {};
    const locals = localsIn(root);
    // Asked once per document, not once per resource of 50,000.
    const hasLocals = Object.keys(locals).length > 0;
    const resources: TerraformJsonResource[] = [];
    // Whether no two resources can have one address (see `AddressLookup`): each type in one block of names, no
    // `.` or `[` in a type, no `[` in a name. Then the stack needs no map of every address to drop duplicates.
    let unique = true;
    const types = new Set<string>();
    for (const group of blocks(root.resource)) {
      for (const type in group) {
        if (types.has(type) || type.includes('.') || type.includes('[')) unique = false;
        types.add(type);
        const byNames = blocks(group[type]);
        if (byNames.length > 1) unique = false;
        for (const byName of byNames) {
          for (const resourceName in byName) {
            if (unique && resourceName.includes('[')) unique = false;
            const body = byName[resourceName];
            const first = isObject(body) ? body : Array.isArray(body) ? body.find(isObject) : undefined;
            // Locals first: a literal `for_each` may come from one.
            if (first !== undefined) addInstances(resources, type, resourceName, hasLocals ? (substituteLocals(first, locals) as JsonObject) : first);
          }
        }
      }
    }
    const aliases = Object.fromEntries(Object.entries(locals).map(([k, v]) => [`local.${k}`, v]));
    return new TerraformJsonStack(name, { resources, providers: providersIn(root), moduleCalls: moduleCallsIn(root), aliases }, unique);
  }

  /** A stack of resources and provider configurations read from elsewhere (a plan, a state, several files). */
  public static fromModel(input: StackModelInput, name = 'stack'): TerraformJsonStack {
    return new TerraformJsonStack(name, input);
  }

  /** Stack name (the folder name under `cdktf.out/stacks`, or the construct id). */
  public readonly name: string;
  /** Every managed resource, in document order. */
  public readonly resources: readonly TerraformJsonResource[];
  /** What the resources were read from: bodies of a plan or state are its values, rebuilt as configuration (see inputs/). */
  public readonly origin: StackOrigin;
  /** The provider configurations (`provider` blocks), in document order. */
  public readonly providers: readonly ProviderConfiguration[];
  /** Default tags of the AWS provider(s), applied to every taggable AWS resource. */
  public readonly defaultTags: Readonly<Record<string, string>>;
  /** The module calls of a configuration: their resources are not in the JSON (a plan's are). */
  public readonly moduleCalls: readonly ModuleCall[];
  private readonly aliases: Readonly<Record<string, unknown>>;
  /**
   * Resources by address, for `resource`: of the whole stack (made while dropping duplicates), or, when
   * addresses are known to be unique, one per type made on the first lookup of that type (a map of every
   * address of 50,000 cost more than the lookups the rules make).
   */
  private readonly lookup?: AddressLookup;
  private readonly lookupByType?: Map<string, AddressLookup>;
  private readonly byType = new Map<string, TerraformJsonResource[]>();
  private readonly memo = new Map<string, unknown>();
  private readonly providerByKey = new Map<string, ProviderConfiguration>();
  private readonly providerKeys: ReadonlyMap<string, string>;
  /**
   * Per type, then attribute: who references which address, and who holds which literal (see `pointingAt`). Two
   * levels keyed by the rules' own strings: a key built per call would be hashed anew on each of thousands of calls.
   */
  private readonly pointerIndex = new Map<string, Map<string, PointerIndex>>();
  /** Whether references may go through a local or a module output (see `addressesIn`). */
  private readonly hasAliases: boolean;
  /** Whether `defaultTags` holds any (else a resource's tags are its own: no copy of them). */
  private readonly hasDefaultTags: boolean;

  /** `uniqueAddresses`: no two resources of the input share an address (`fromJson` knows it of some documents). */
  private constructor(name: string, input: StackModelInput, uniqueAddresses = false) {
    this.name = name;
    let resources: TerraformJsonResource[];
    if (uniqueAddresses) {
      resources = input.resources as TerraformJsonResource[];
      for (let i = 0; i < resources.length; i++) addTo(this.byType, resources[i].type, resources[i]);
      this.lookupByType = new Map();
    } else {
      resources = [];
      const lookup: AddressLookup = { byAddress: new Map(), byBase: new Map() };
      for (const resource of input.resources) {
        // The first declaration of an address wins, as when Terraform would refuse the duplicate.
        if (lookup.byAddress.has(resource.address)) continue;
        resources.push(resource);
        addToLookup(lookup, resource);
        addTo(this.byType, resource.type, resource);
      }
      this.lookup = lookup;
    }
    this.resources = resources;
    this.origin = input.origin ?? 'configuration';
    this.providers = input.providers;
    for (const p of input.providers) if (!this.providerByKey.has(p.key)) this.providerByKey.set(p.key, p);
    this.providerKeys = input.providerKeys ?? new Map();
    this.moduleCalls = input.moduleCalls ?? [];
    this.aliases = input.aliases ?? {};
    this.hasAliases = Object.keys(this.aliases).length > 0;
    const tags: Record<string, string> = {};
    for (const p of input.providers) {
      if (p.name !== 'aws') continue;
      for (const dt of blocks(p.config.default_tags)) Object.assign(tags, stringMap(dt.tags));
    }
    this.defaultTags = tags;
    this.hasDefaultTags = Object.keys(tags).length > 0;
  }

  /**
   * The key of the provider configuration a resource uses: its `provider`
   * argument (`aws.recovery`, also written `${aws.recovery}`), else its
   * provider's default configuration (`aws`).
   */
  public providerKeyOf(resource: TerraformJsonResource): string {
    const known = this.providerKeys.get(resource.address);
    if (known !== undefined) return known;
    const own = str(resource.body.provider);
    if (own !== undefined && own !== '') return own.replace(/^\$\{\s*(.*?)\s*\}$/, '$1');
    return providerNameOf(resource.type);
  }

  /** The provider configuration a resource uses; undefined when the stack declares none by that key. */
  public providerOf(resource: TerraformJsonResource): ProviderConfiguration | undefined {
    return this.providerByKey.get(this.providerKeyOf(resource));
  }

  /**
   * The resource at an address, e.g. `aws_db_instance.orders`; for the
   * address of a resource made of instances (`for_each`), its first instance.
   */
  public resource(address: string): TerraformJsonResource | undefined {
    let lookup = this.lookup;
    if (lookup === undefined) {
      // Unique addresses from `fromJson`: every address is `type.name...` with no `.` in the type.
      const dot = address.indexOf('.');
      if (dot < 0) return undefined;
      const type = address.slice(0, dot);
      lookup = this.lookupByType!.get(type);
      if (lookup === undefined) {
        lookup = { byAddress: new Map(), byBase: new Map() };
        for (const r of this.ofType(type)) addToLookup(lookup, r);
        this.lookupByType!.set(type, lookup);
      }
    }
    return lookup.byAddress.get(address) ?? lookup.byBase.get(address)?.[0];
  }

  /**
   * The resource addresses a string's interpolations reference, directly or
   * through a local or a module output the stack knows (`local.vpc_id` where
   * `locals { vpc_id = aws_vpc.this.id }`).
   */
  public addressesIn(text: string): string[] {
    const out = referencedAddresses(text);
    if (!this.hasAliases || !/\b(?:local|module)\./.test(text)) return out;
    const seen = new Set<string>();
    const follow = (t: string, depth: number): void => {
      for (const m of t.matchAll(/\b(local\.[A-Za-z_][A-Za-z0-9_-]*|(?:module\.[A-Za-z_][A-Za-z0-9_-]*(?:\[[^\]]*\])?\.)+[A-Za-z_][A-Za-z0-9_-]*)/g)) {
        const name = m[1].replace(/\[[^\]]*\]/g, '');
        if (seen.has(name) || depth > 16 || !Object.prototype.hasOwnProperty.call(this.aliases, name)) continue;
        seen.add(name);
        for (const s of stringsIn(this.aliases[name])) {
          out.push(...referencedAddresses(s));
          follow(s, depth + 1);
        }
      }
    };
    follow(text, 0);
    return out;
  }

  /** True when a value (anywhere inside) references `target`, directly or through a local or module output, or any instance of it. */
  private refers(value: unknown, target: TerraformJsonResource): boolean {
    const base = baseAddress(target.address);
    return stringsIn(value).some((s) => this.addressesIn(s).some((a) => a === target.address || a === base));
  }

  /** Every resource of one or more types. */
  public ofType(...types: string[]): TerraformJsonResource[] {
    if (types.length === 1) return this.byType.get(types[0]) ?? [];
    return types.flatMap((t) => this.byType.get(t) ?? []);
  }

  /**
   * A value computed once per stack and key (an index that rules share so
   * that a lookup per resource does not rescan the stack).
   */
  public cached<T>(key: string, build: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = build();
    this.memo.set(key, value);
    return value;
  }

  /** Resources of the given types whose configuration references `target` (by address). */
  public referencing(target: TerraformJsonResource, ...types: string[]): TerraformJsonResource[] {
    return this.ofType(...types).filter((r) => r !== target && this.refers(r.body, target));
  }

  /** A resource's tags: the provider's default tags, then its own `tags`. */
  public tagsOf(resource: TerraformJsonResource): Record<string, string> {
    const own = stringMap(resource.body.tags);
    return resource.type.startsWith('aws_') && this.hasDefaultTags ? { ...this.defaultTags, ...own } : own;
  }

  /**
   * The resources of a type whose `attribute` points at `target` (as
   * `pointsAt` judges it), in document order. Indexed once per type and
   * attribute, so rules that match companions to their resource (a bucket's
   * versioning, a cluster's instances, a plan's selections) stay linear in
   * the size of the stack.
   */
  public pointingAt(target: TerraformJsonResource, type: string, attribute: string, ...identifying: string[]): TerraformJsonResource[] {
    const index = this.pointerIndexOf(type, attribute);
    // A reference to a resource made of instances (`aws_vpc.this[0]`, `aws_vpc.this["a"]`) names its base address.
    const base = baseAddress(target.address);
    // Asked about 30,000 times over 50,000 resources: the first resources found are kept as they are, and a list of
    // lists is made only when more are found (rarely).
    let found = index.byAddress.get(target.address);
    let lists: TerraformJsonResource[][] | undefined;
    const viaBase = base !== target.address ? index.byAddress.get(base) : undefined;
    if (viaBase !== undefined) {
      if (found === undefined) found = viaBase;
      else lists = [pointerList(found), pointerList(viaBase)];
    }
    for (let i = 0; i < identifying.length; i++) {
      const literal = target.body[identifying[i]];
      if (typeof literal !== 'string' || literal === '') continue;
      const hits = (index.byLiteral ??= this.literalIndex(type, attribute)).get(literal);
      if (hits === undefined) continue;
      if (found === undefined) found = hits;
      else if (lists === undefined) lists = [pointerList(found), pointerList(hits)];
      else lists.push(pointerList(hits));
    }
    // Each list is in document order already, without duplicates; merge only when there is more than one.
    if (found === undefined) return [];
    if (lists === undefined) {
      if (!Array.isArray(found)) return found === target ? [] : [found];
      // Every resource listed is of `type`: the target is among them only when it is of that type too.
      return target.type === type ? found.filter((r) => r !== target) : found.slice();
    }
    // Every resource found is of `type`: their order among the resources of that type is their document order.
    const position = (index.position ??= new Map(this.ofType(type).map((r, i) => [r, i])));
    let merged = lists[0];
    for (let i = 1; i < lists.length; i++) merged = mergeInOrder(merged, lists[i], position);
    return target.type === type ? merged.filter((r) => r !== target) : merged;
  }

  /** Who references which address among the resources of `type` by `attribute` (made on the first ask). */
  private pointerIndexOf(type: string, attribute: string): PointerIndex {
    let byAttribute = this.pointerIndex.get(type);
    if (byAttribute === undefined) this.pointerIndex.set(type, (byAttribute = new Map()));
    let index = byAttribute.get(attribute);
    if (index !== undefined) return index;
    index = { byAddress: new Map() };
    const resources = this.ofType(type);
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i];
      const value = r.body[attribute];
      // Most values are one string: no list of the strings inside for them; only objects and arrays hold more.
      if (typeof value === 'string') {
        const addresses = this.addressesIn(value);
        for (let j = 0; j < addresses.length; j++) addPointer(index.byAddress, addresses[j], r);
      } else if (typeof value === 'object' && value !== null) {
        for (const text of stringsIn(value)) for (const address of this.addressesIn(text)) addPointer(index.byAddress, address, r);
      }
    }
    byAttribute.set(attribute, index);
    return index;
  }

  /** Who holds which literal (any non-empty string, references too) among the resources of `type` as `attribute`. */
  private literalIndex(type: string, attribute: string): Map<string, Pointers> {
    const byLiteral = new Map<string, Pointers>();
    const resources = this.ofType(type);
    for (let i = 0; i < resources.length; i++) {
      const value = resources[i].body[attribute];
      if (typeof value === 'string' && value !== '') addPointer(byLiteral, value, resources[i]);
    }
    return byLiteral;
  }

  /**
   * True when `value` points at `target`: a reference to its address, or a
   * literal equal to one of its identifying attributes (e.g. `bucket`, `name`).
   */
  public pointsAt(value: unknown, target: TerraformJsonResource, ...identifying: string[]): boolean {
    if (this.refers(value, target)) return true;
    if (typeof value !== 'string' || value === '') return false;
    return identifying.some((attr) => str(target.body[attr]) === value);
  }
}
