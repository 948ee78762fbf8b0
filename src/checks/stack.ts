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
 * A synthesized Terraform JSON document (`cdk.tf.json`, or any `*.tf.json`)
 * read into resources with addresses. Tolerates every shape Terraform's JSON
 * syntax allows (objects or arrays of objects at each level) and ignores
 * what it does not understand.
 */
export class TerraformJsonStack {
  /** Reads a parsed JSON document; anything that is not an object gives an empty stack. */
  public static fromJson(json: unknown, name = 'stack'): TerraformJsonStack {
    return new TerraformJsonStack(json, name);
  }

  /** Stack name (the folder name under `cdktf.out/stacks`, or the construct id). */
  public readonly name: string;
  /** Every managed resource, in document order. */
  public readonly resources: readonly TerraformJsonResource[];
  /** Default tags of the AWS provider(s), applied to every taggable AWS resource. */
  public readonly defaultTags: Readonly<Record<string, string>>;
  private readonly byAddress = new Map<string, TerraformJsonResource>();
  private readonly byType = new Map<string, TerraformJsonResource[]>();
  private readonly position = new Map<TerraformJsonResource, number>();
  private readonly memo = new Map<string, unknown>();
  /** Per `type.attribute`: who references which address, and who holds which literal (see `pointingAt`). */
  private readonly pointerIndex = new Map<string, { byAddress: Map<string, TerraformJsonResource[]>; byLiteral: Map<string, TerraformJsonResource[]> }>();

  private constructor(json: unknown, name: string) {
    this.name = name;
    const resources: TerraformJsonResource[] = [];
    const root = isObject(json) ? json : {};
    for (const group of blocks(root.resource)) {
      for (const [type, named] of Object.entries(group)) {
        for (const byName of blocks(named)) {
          for (const [resourceName, body] of Object.entries(byName)) {
            const first = isObject(body) ? body : Array.isArray(body) ? body.find(isObject) : undefined;
            if (first === undefined) continue;
            const address = `${type}.${resourceName}`;
            if (this.byAddress.has(address)) continue;
            const resource = { type, name: resourceName, address, body: first };
            this.position.set(resource, resources.length);
            resources.push(resource);
            this.byAddress.set(address, resource);
            const ofType = this.byType.get(type);
            if (ofType === undefined) this.byType.set(type, [resource]);
            else ofType.push(resource);
          }
        }
      }
    }
    this.resources = resources;
    const tags: Record<string, string> = {};
    for (const group of blocks(root.provider)) {
      for (const config of blocks(group.aws)) {
        for (const dt of blocks(config.default_tags)) Object.assign(tags, stringMap(dt.tags));
      }
    }
    this.defaultTags = tags;
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
    return [...found].sort((a, b) => this.position.get(a)! - this.position.get(b)!);
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
