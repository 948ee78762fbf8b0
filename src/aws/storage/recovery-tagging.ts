import { Aspects, IAspect, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { RecoveryAchievement, recoveryTags } from '../../core/recovery';

interface TaggableResource extends IConstruct {
  tags: { [key: string]: string } | undefined;
  readonly tagsInput: { [key: string]: string } | undefined;
}

/**
 * Writes a construct's recovery achievement as tags onto its stateful
 * resources at synth, so a backup plan that protects the construct after it
 * was built (`plan.protect(table)`) is reflected, and the report can read the
 * figures back from any synthesized stack. Merges with the tags already set.
 */
export function tagWithRecovery(scope: IConstruct, resources: () => readonly TaggableResource[], achievement: () => RecoveryAchievement): void {
  const aspect: IAspect = {
    visit(node: IConstruct): void {
      if (!resources().includes(node as TaggableResource)) return;
      const r = node as TaggableResource;
      const current = r.tagsInput;
      if (current !== undefined && Token.isUnresolved(current)) return;
      r.tags = { ...(current ?? {}), ...recoveryTags(achievement()) };
    },
  };
  Aspects.of(scope).add(aspect);
}
