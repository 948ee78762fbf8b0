import { SloDefinitionError, SloSpecError } from '../../core/errors';
import { ServiceLevelObjective, SloDefinition } from '../objective';
import { YamlPath, YamlReader } from './yaml-reader';

/** Where each field of a definition was read from, so the model's errors point into the file. */
export interface DefinitionFields {
  /** The SLO's own node (errors about the whole definition). */
  readonly at: YamlPath;
  /** Per definition field (`name`, `objective`, `period`, `description`): its path in the file. */
  readonly fields: Readonly<Partial<Record<keyof SloDefinition, YamlPath>>>;
  /** Per alert (index in `definition.alerts`): the document and path it was read from (a condition may be another document). */
  readonly alerts: readonly { readonly reader: YamlReader; readonly path: YamlPath; readonly fields?: Readonly<Record<string, YamlPath>> }[];
}

/**
 * Validates a definition read from a file with the SLO model; an error of
 * the model (which names `objective` or `alerts[2].longWindow`) is rethrown
 * at the file position of the field it came from.
 */
export function buildSlo(reader: YamlReader, definition: SloDefinition, where: DefinitionFields): ServiceLevelObjective {
  try {
    return ServiceLevelObjective.from(definition);
  } catch (e) {
    if (!(e instanceof SloDefinitionError) || e instanceof SloSpecError) throw e;
    const alert = /^alerts\[(\d+)\](?:\.(\w+))?/.exec(e.prop);
    const at = alert ? where.alerts[Number(alert[1])] : undefined;
    if (at) return at.reader.fail(at.fields?.[alert?.[2] ?? ''] ?? at.path, e.value, `${e.allowed} (the SLO model's ${e.prop})`);
    return reader.fail(where.fields[e.prop as keyof SloDefinition] ?? where.at, e.value, `${e.allowed} (the SLO model's ${e.prop})`);
  }
}
