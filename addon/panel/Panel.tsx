/** @jsxRuntime classic */
import React from 'react';
import { useParameter, useStorybookState } from 'storybook/manager-api';
import { PARAM_KEY, REPORT_STATIC_PATH } from '../constants.ts';
import { findReportStory, reportAsset } from './find-story.ts';
import { ImageCompare } from './ImageCompare.tsx';
import { PANEL_CSS } from './panel-css.ts';
import { A11ySection, GeneratorSection, LayoutSection, TokenLintSection } from './Sections.tsx';
import { Status } from './Status.tsx';
import { useReport } from './use-report.ts';

/** Relative, so a static build hosted under a sub-path finds the report beside its index.html. */
const REPORT_BASE = `.${REPORT_STATIC_PATH}`;

export function Panel({ active }: { active: boolean }) {
  const state = useStorybookState();
  const designSync = useParameter<{ fileKey?: string; nodeId?: string } | undefined>(PARAM_KEY, undefined);
  const loaded = useReport(`${REPORT_BASE}/report.json`, active);
  if (!active) return null;

  const entry = state.index?.[state.storyId];
  const title = entry && 'title' in entry ? entry.title : undefined;
  const found =
    loaded.state === 'ready'
      ? findReportStory(loaded.report, { storyId: state.storyId, title, designSync })
      : undefined;

  return (
    <div className="ds-panel" role="region" aria-label="Design sync review">
      <style>{PANEL_CSS}</style>
      {loaded.state === 'loading' && <p>Loading the design-sync report…</p>}
      {loaded.state === 'missing' && (
        <p>
          No design-sync report yet ({loaded.detail}). Run <code>npm run sync</code>, then restart Storybook.
        </p>
      )}
      {loaded.state === 'ready' && !found && (
        <p>This story is not in the design-sync report (not generated from Figma).</p>
      )}
      {found && <ComponentReview component={found.component} story={found.story} />}
    </div>
  );
}

function ComponentReview({ component, story }: NonNullable<ReturnType<typeof findReportStory>>) {
  const figma = story?.visual?.figma;
  const findings = component.check?.checks.tokenLint.findings ?? [];
  return (
    <>
      <h2>
        {component.name}
        {story ? ` / ${story.name}` : ''} <Status status={story?.status ?? component.status} />
      </h2>
      <p className="ds-meta">
        <span className="ds-tag">{component.change}</span>
        {component.stewardEdited && <span className="ds-tag">steward-edited</span>}
        {component.conflict && <span className="ds-tag">conflict</span>}
        {component.reason ? `${component.reason}. ` : ''}
        {component.figma?.url && (
          <a href={component.figma.url} target="_blank" rel="noreferrer">
            Open Figma node {component.figma.nodeId}
          </a>
        )}
      </p>
      {figma ? (
        <>
          <h3>Figma vs story</h3>
          <ImageCompare
            figma={reportAsset(REPORT_BASE, figma.expected)}
            story={reportAsset(REPORT_BASE, figma.actual)}
            diff={reportAsset(REPORT_BASE, figma.diff)}
            mismatch={`${(figma.mismatchRatio * 100).toFixed(1)}%`}
          />
        </>
      ) : (
        <p className="ds-meta">No Figma render in the snapshot for this node, so no pixel comparison.</p>
      )}
      {story?.layout && <LayoutSection layout={story.layout} />}
      {story && story.a11y.length > 0 && <A11ySection modes={story.a11y} />}
      <TokenLintSection findings={findings} />
      <GeneratorSection component={component} />
    </>
  );
}
