// The open panel's header: the product's name, the page it is helping with, and its two
// actions (move to the browser's side panel, fold to the launcher).

import { t } from '@/lib/i18n';
import { SettingsButton } from '../SettingsButton';

export interface PanelHeaderProps {
  /** The panel's element id, which the fold button controls. */
  id: string;
  /** The page the panel is for ("Hosting · Hosts"). */
  label: string;
  onCollapse?: () => void;
  onOpenSidePanel?: () => void;
  /** The in-page panel's edge now, and moving it to the other one (out of the way of the page's controls). */
  side?: 'left' | 'right';
  onMove?: (to: 'left' | 'right') => void;
}

export function PanelHeader({ id, label, onCollapse, onOpenSidePanel, side, onMove }: PanelHeaderProps) {
  const other = side === 'left' ? 'right' : 'left';
  const moveLabel = other === 'left' ? t('panel.moveLeft') : t('panel.moveRight');
  return (
    <header className="panel-header">
      <div className="panel-title">
        <span className="panel-mark" aria-hidden="true">
          ?
        </span>
        <div className="panel-title-text">
          <h2 className="panel-name">EMS Help</h2>
          <p className="panel-page" title={label}>
            {label}
          </p>
        </div>
      </div>
      <div className="panel-actions">
        <SettingsButton variant="icon" />
        {onMove && side ? (
          <button type="button" className="icon-button" aria-label={moveLabel} title={moveLabel} onClick={() => onMove(other)}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <path
                // An arrow up to a bar, the edge it moves to (a bare arrow read as "Back").
                d={other === 'left' ? 'M2.5 3v10M14 8H5.5M9 4.5 5.5 8 9 11.5' : 'M13.5 3v10M2 8h8.5M7 4.5l3.5 3.5L7 11.5'}
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </button>
        ) : null}
        {onOpenSidePanel ? (
          <button type="button" className="icon-button" aria-label={t('common.openSidePanel')} title={t('common.openSidePanel')} onClick={onOpenSidePanel}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <rect x="2" y="2.5" width="12" height="11" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M10 3v10" stroke="currentColor" strokeWidth="1.5" />
            </svg>
          </button>
        ) : null}
        {onCollapse ? (
          <button
            type="button"
            className="icon-button"
            aria-label={t('panel.hide')}
            aria-expanded="true"
            aria-controls={id}
            title={t('panel.hideTitle')}
            onClick={onCollapse}
          >
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M3 8h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        ) : null}
      </div>
    </header>
  );
}
