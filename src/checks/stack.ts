import { blocks, isObject, JsonObject, referencedAddresses, refersTo, stringMap, str, stringsIn } from './json';

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
    const resources: TerraformJsonResource[] = [];
    for (const group of blocks(root.resource)) {
      for (const type in group) {
        for (const byName of blocks(group[type])) {
          for (const resourceName in byName) {
            const body = byName[resourceName];
            const first = isObject(body) ? body : Array.isArray(body) ? body.find(isObject) : undefined;
            if (first !== undefined) resources.push({ type, name: resourceName, address: `${type}.${resourceName}`, body: first });
          }
        }
      }
    }
    return new TerraformJsonStack(name, { resources, providers: providersIn(root) });
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
  private readonly byAddress = new Map<string, TerraformJsonResource>();
  private readonly byType = new Map<string, TerraformJsonResource[]>();
  private position?: Map<TerraformJsonResource, number>;
  private readonly memo = new Map<string, unknown>();
  private readonly providerByKey = new Map<string, ProviderConfiguration>();
  private readonly providerKeys: ReadonlyMap<string, string>;
  /** Per `type.attribute`: who references which address, and who holds which literal (see `pointingAt`). */
  private readonly pointerIndex = new Map<string, { byAddress: Map<string, TerraformJsonResource[]>; byLiteral: Map<string, TerraformJsonResource[]> }>();

  private constructor(name: string, input: StackModelInput) {
    this.name = name;
    const resources: TerraformJsonResource[] = [];
    for (const resource of input.resources) {
      // The first declaration of an address wins, as when Terraform would refuse the duplicate.
      if (this.byAddress.has(resource.address)) continue;
      resources.push(resource);
      this.byAddress.set(resource.address, resource);
      const ofType = this.byType.get(resource.type);
      if (ofType === undefined) this.byType.set(resource.type, [resource]);
      else ofType.push(resource);
    }
    this.resources = resources;
    this.origin = input.origin ?? 'configuration';
    this.providers = input.providers;
    for (const p of input.providers) if (!this.providerByKey.has(p.key)) this.providerByKey.set(p.key, p);
    this.providerKeys = input.providerKeys ?? new Map();
    const tags: Record<string, string> = {};
    for (const p of input.providers) {
      if (p.name !== 'aws') continue;
      for (const dt of blocks(p.config.default_tags)) Object.assign(tags, stringMap(dt.tags));
    }
    this.defaultTags = tags;
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

  /** The resource at an address, e.g. `aws_db_instance.orders`. */
  public resource(address: string): TerraformJsonResource | undefined {
    return this.byAddress.get(address);
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
    return this.ofType(...types).filter((r) => r !== target && refersTo(r.body, target.address));
  }

  /** A resource's tags: the provider's default tags, then its own `tags`. */
  public tagsOf(resource: TerraformJsonResource): Record<string, string> {
    const own = stringMap(resource.body.tags);
    return resource.type.startsWith('aws_') ? { ...this.defaultTags, ...own } : own;
  }

  /**
   * The resources of a type whose `attribute` points at `target` (as
   * `pointsAt` judges it), in document order. Indexed once per type and
   * attribute, so rules that match companions to their resource (a bucket's
   * versioning, a cluster's instances, a plan's selections) stay linear in
   * the size of the stack.
   */
  public pointingAt(target: TerraformJsonResource, type: string, attribute: string, ...identifying: string[]): TerraformJsonResource[] {
    const key = `${type}\u0000${attribute}`;
    let index = this.pointerIndex.get(key);
    if (index === undefined) {
      index = { byAddress: new Map(), byLiteral: new Map() };
      const add = (map: Map<string, TerraformJsonResource[]>, k: string, r: TerraformJsonResource): void => {
        const list = map.get(k);
        if (list === undefined) map.set(k, [r]);
        else if (list[list.length - 1] !== r) list.push(r);
      };
      for (const r of this.ofType(type)) {
        const value = r.body[attribute];
        for (const text of stringsIn(value)) for (const address of referencedAddresses(text)) add(index.byAddress, address, r);
        if (typeof value === 'string' && value !== '') add(index.byLiteral, value, r);
      }
      this.pointerIndex.set(key, index);
    }
    const byAddress = index.byAddress.get(target.address) ?? [];
    const byLiteral: TerraformJsonResource[][] = [];
    for (const attr of identifying) {
      const literal = str(target.body[attr]);
      const hits = literal !== undefined && literal !== '' ? index.byLiteral.get(literal) : undefined;
      if (hits !== undefined) byLiteral.push(hits);
    }
    // Each list is in document order already; merge only when there is more than one.
    if (byLiteral.length === 0) return byAddress.filter((r) => r !== target);
    const found = new Set<TerraformJsonResource>([...byAddress, ...byLiteral.flat()]);
    found.delete(target);
    if (this.position === undefined) this.position = new Map(this.resources.map((r, i) => [r, i]));
    const position = this.position;
    return [...found].sort((a, b) => position.get(a)! - position.get(b)!);
  }

  /**
   * True when `value` points at `target`: a reference to its address, or a
   * literal equal to one of its identifying attributes (e.g. `bucket`, `name`).
   */
  public pointsAt(value: unknown, target: TerraformJsonResource, ...identifying: string[]): boolean {
    if (refersTo(value, target.address)) return true;
    if (typeof value !== 'string' || value === '') return false;
    return identifying.some((attr) => str(target.body[attr]) === value);
  }
}
