import { useEffect, useRef, type ReactNode } from 'react';
import { apiUrl, type Meta, type StateInfo, type StatesResponse } from './api';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { useI18n } from './components/LanguageContext';
import { useLocation } from './components/router';
import { SampleBanner } from './components/SampleBanner';
import { StatesProvider } from './components/StatesContext';
import { useApi } from './components/useApi';
import { AboutPage } from './pages/AboutPage';
import { hrcPage } from './pages/hrc/routes';
import { ApplicationPage } from './pages/ApplicationPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PendingPage } from './pages/PendingPage';
import { QuestionEvidencePage } from './pages/QuestionEvidencePage';
import { QuestionsPage } from './pages/QuestionsPage';
import { VoteListPage } from './pages/VoteListPage';
import { organizationsPage } from './pages/organizations/routes';
import { participationPage } from './pages/participation/routes';
import { reprisalsPage } from './pages/reprisals/routes';
import { uprPage } from './pages/upr/routes';
import { statePage } from './pages/state/routes';
import { VotesPage } from './pages/VotesPage';

const NO_STATES: StateInfo[] = [];

/** The page for a path. Kept as one small function: the whole route table is visible here. */
function page(path: string): ReactNode {
  if (path === '/' || path === '/questions') return <QuestionsPage />;
  if (path === '/pending') return <PendingPage />;
  if (path === '/votes') return <VotesPage />;
  if (path === '/votes/list') return <VoteListPage />;
  if (path === '/about') return <AboutPage />;
  if (path === '/application') return <ApplicationPage id={null} />;
  // each mechanism keeps its own route table beside its pages
  if (path === '/hrc' || path.startsWith('/hrc/')) return hrcPage(path) ?? <NotFoundPage />;
  if (path === '/upr' || path.startsWith('/upr/')) return uprPage(path) ?? <NotFoundPage />;
  if (path.startsWith('/state/')) return statePage(path) ?? <NotFoundPage />;
  if (path === '/organizations' || path.startsWith('/organizations/'))
    return organizationsPage(path) ?? <NotFoundPage />;
  if (path === '/participation' || path.startsWith('/participation/'))
    return participationPage(path) ?? <NotFoundPage />;
  if (path === '/login' || path === '/reprisals' || path.startsWith('/reprisals/'))
    return reprisalsPage(path) ?? <NotFoundPage />;
  const evidence = /^\/questions\/([A-Z]{3})$/.exec(path);
  if (evidence) return <QuestionEvidencePage key={evidence[1]} state={evidence[1]!} />;
  const application = /^\/application\/([^/]+)$/.exec(path);
  if (application) {
    const id = decodeURIComponent(application[1]!);
    return <ApplicationPage key={id} id={id} />;
  }
  return <NotFoundPage />;
}

export function App() {
  const { t } = useI18n();
  const { path } = useLocation();
  const meta = useApi<Meta>(apiUrl('/meta'));
  const states = useApi<StatesResponse>(apiUrl('/states'));
  const metaData = meta.status === 'ok' ? meta.data : null;
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(path);

  // after an in-app navigation, screen readers start reading the new page, as after a page load
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    mainRef.current?.focus({ preventScroll: true });
  }, [path]);
  return (
    <StatesProvider states={states.status === 'ok' ? states.data.items : NO_STATES}>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <Header />
      {metaData?.sample && <SampleBanner />}
      <main id="main" tabIndex={-1} ref={mainRef}>
        {page(path)}
      </main>
      <Footer meta={metaData} />
    </StatesProvider>
  );
}
