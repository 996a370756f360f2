import { STAKEHOLDER_ROLES, type StakeholderRole } from '../../../functions/contract/roles';
import { t } from '../i18n';
import '../i18n/workspace';
import { type GroupPreview, groupPreview } from '../lib/group-preview';
import './anonymity.css';

export type PlannedCounts = Partial<Record<StakeholderRole, number>>;

const roleGroup = (role: StakeholderRole) => t(`roles.${role}`);

/** The preview in sentences: what k lets the consultant see for the numbers they plan. */
export const previewSentences = (p: GroupPreview): string[] => {
  if (p.total === 0) return [t('workspace.plan.none', { k: p.k })];
  if (!p.resultsPossible) return [t('workspace.plan.tooFew', { total: p.total, k: p.k })];
  const lines: string[] = [];
  if (p.pooled.length > 0)
    lines.push(
      t('workspace.plan.pooled', {
        roles: p.pooled.map((r) =>
          t('workspace.plan.ownRole', { role: roleGroup(r.role), count: r.planned }),
        ),
        count: p.pooled.length,
        k: p.k,
      }),
    );
  if (p.ownGroup.length > 0)
    lines.push(
      t('workspace.plan.own', {
        roles: p.ownGroup.map((r) =>
          t('workspace.plan.ownRole', { role: roleGroup(r.role), count: r.planned }),
        ),
        count: p.ownGroup.length,
        k: p.k,
      }),
    );
  if (p.ownGroup.some((r) => r.rest > 0)) lines.push(t('workspace.plan.rest', { k: p.k }));
  if (p.poolSize > 0)
    lines.push(
      p.poolCanShow
        ? t('workspace.plan.poolShown', { size: p.poolSize, k: p.k })
        : t('workspace.plan.poolHidden', { size: p.poolSize, k: p.k }),
    );
  lines.push(t('workspace.plan.overall', { k: p.k, total: p.total, reach: Math.floor(p.total / p.k) * p.k }));
  return lines;
};

/**
 * Before inviting: how many people of each role the consultant plans (optional, never saved), and
 * what the chosen k will let them see for those numbers, updated as they type.
 */
export const GroupPlan = ({
  k,
  planned,
  onChange,
}: {
  k: number;
  planned: PlannedCounts;
  onChange: (next: PlannedCounts) => void;
}) => {
  const preview = groupPreview(k, planned);
  return (
    <fieldset class="group-plan">
      <legend>{t('workspace.plan.title')}</legend>
      <p class="muted small-print">{t('workspace.plan.intro')}</p>
      <div class="group-plan-inputs">
        {STAKEHOLDER_ROLES.map((role) => (
          <div class="field" key={role}>
            <label for={`plan-${role}`}>{t(`role.${role}`)}</label>
            <input
              id={`plan-${role}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={500}
              step={1}
              value={planned[role] ?? ''}
              onInput={(e) => {
                const raw = (e.target as HTMLInputElement).value;
                const n = Number.parseInt(raw, 10);
                const next = { ...planned };
                if (raw === '' || !Number.isFinite(n) || n <= 0) delete next[role];
                else next[role] = Math.min(n, 500);
                onChange(next);
              }}
            />
          </div>
        ))}
      </div>
      <div class="group-preview" aria-live="polite">
        <h3 class="small-heading">{t('workspace.plan.previewTitle')}</h3>
        {previewSentences(preview).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </fieldset>
  );
};
