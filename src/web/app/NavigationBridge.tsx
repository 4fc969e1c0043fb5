// Lets the API client redirect (401 → /login, forced password change, enrolment) through the
// router instead of reloading the page.
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { setRedirect } from '../api/client';

export function NavigationBridge() {
  const navigate = useNavigate();
  useEffect(() => {
    setRedirect((path, from) => navigate(path, { replace: true, state: from ? { from } : undefined }));
  }, [navigate]);
  return null;
}
