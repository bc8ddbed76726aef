// Where the compilation stands: a bar with the percent and the annex being written, then
// the file to download, or the reason it stopped.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { LineIcon } from '../ui/LineIcon';
import { jobDownloadUrl, type ExportJob } from './compilationApi';
import { describeJob } from './describeJob';
import { DownloadLink, type DownloadResult } from './DownloadLink';
import { t } from '../i18n/messages/compilation';

interface CompilationProgressProps {
  job: ExportJob;
  /** Focus moves to the download link only from here, never from elsewhere on the page. */
  submitRef: RefObject<HTMLButtonElement | null>;
}

export function CompilationProgress({ job, submitRef }: CompilationProgressProps) {
  const { percent, step } = describeJob(job);
  const link = useRef<HTMLAnchorElement>(null);
  const [result, setResult] = useState<DownloadResult | null>(null);

  useEffect(() => {
    if (job.status !== 'done') return;
    const active = document.activeElement;
    if (active === submitRef.current || active === document.body) link.current?.focus();
  }, [job.status, submitRef]);

  if (job.status === 'failed') {
    return (
      <div className="error-notice" role="alert">
        <p className="notice__title">{t('progress.stopped')}</p>
        <p>{job.error ?? t('progress.failed')}</p>
      </div>
    );
  }

  const done = job.status === 'done';
  return (
    <div className="compilation-progress" data-status={job.status}>
      <p className="compilation-progress__line">
        <span role="status" className="compilation-progress__step">
          {done ? t('progress.ready') : t('progress.building', { step })}
        </span>
        <span className="compilation-progress__percent">{percent}%</span>
      </p>
      <progress
        className="compilation-progress__bar"
        aria-label={t('progress.label')}
        max={100}
        value={percent}
      />
      {done ? (
        <div className="compilation-progress__result">
          <DownloadLink
            linkRef={link}
            href={jobDownloadUrl(job.id)}
            fallbackName={job.fileName ?? 'Compilation.docx'}
            className="button button--primary"
            onStart={() => setResult(null)}
            onResult={setResult}
          >
            <LineIcon name="download" />
            {t('progress.download')}
          </DownloadLink>
          {job.fileName ? <span className="compilation-progress__file">{job.fileName}</span> : null}
        </div>
      ) : null}
      <p className="compilation-progress__download" role="status">
        {result?.ok ? t('progress.downloaded', { name: result.fileName }) : null}
      </p>
      {result && !result.ok ? (
        <p className="field__error" role="alert">
          {result.message}
        </p>
      ) : null}
    </div>
  );
}
