import { NotFoundBody } from '@/components/status/not-found-body';

// Rendered inside the [lang] layout; the language is not known here, so both are offered.
export default function NotFound() {
  return <NotFoundBody />;
}
