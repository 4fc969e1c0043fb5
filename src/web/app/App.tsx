// The application: providers, router, and the route table. Every page is a lazy chunk so the
// sign-in page does not download the administration screens.
import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider } from './AuthContext';
import { ErrorBoundary } from './ErrorBoundary';
import { FullPageSpin } from './FullPageSpin';
import { NavigationBridge } from './NavigationBridge';
import { Providers } from './Providers';
import { RequireAuth, RequirePermission } from './guards';
import * as P from './pages';

export function App() {
  return (
    <Providers>
      <ErrorBoundary>
        <AuthProvider>
          <BrowserRouter>
            <NavigationBridge />
            <Suspense fallback={<FullPageSpin />}>
              <Routes>
                <Route path="/login" element={<P.LoginPage />} />
                <Route path="/change-password" element={<P.ChangePasswordPage />} />
                <Route path="/mfa-enrol" element={<P.MfaEnrolPage />} />
                <Route element={<P.PublicOrShell />}>
                  <Route path="rules" element={<P.RulesPage />} />
                  <Route path="verify" element={<P.VerifyPage />} />
                  <Route path="verify/:code" element={<P.VerifyPage />} />
                </Route>
                <Route
                  element={
                    <RequireAuth>
                      <P.Shell />
                    </RequireAuth>
                  }
                >
                  <Route index element={<P.HomePage />} />
                  <Route
                    path="admin/organizations"
                    element={
                      <RequirePermission anyOf={['org.manage']}>
                        <P.OrganizationsPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="admin/users"
                    element={
                      <RequirePermission anyOf={P.USER_ADMIN_PERMISSIONS}>
                        <P.UsersPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="admin/roles"
                    element={
                      <RequirePermission anyOf={['role.manage']}>
                        <P.RolesPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="admin/policy"
                    element={
                      <RequirePermission anyOf={['policy.manage']}>
                        <P.PolicyPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="admin/audit"
                    element={
                      <RequirePermission anyOf={['audit.read']}>
                        <P.AuditPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="calls"
                    element={
                      <RequirePermission anyOf={P.PROJECT_READERS}>
                        <P.CallsPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="projects"
                    element={
                      <RequirePermission anyOf={P.PROJECT_READERS}>
                        <P.ProjectsPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="projects/:id"
                    element={
                      <RequirePermission anyOf={P.PROJECT_READERS}>
                        <P.ProjectPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="reviews"
                    element={
                      <RequirePermission anyOf={['review.opinion']}>
                        <P.ReviewTodoPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="plan"
                    element={
                      <RequirePermission anyOf={['plan.issue']}>
                        <P.PlanIssuePage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="dashboard"
                    element={
                      <RequirePermission anyOf={P.PROJECT_READERS}>
                        <P.DashboardPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="cockpit"
                    element={
                      <RequirePermission anyOf={['project.view_all']}>
                        <P.CockpitPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="statistics/revisions"
                    element={
                      <RequirePermission anyOf={P.PROJECT_READERS}>
                        <P.RevisionStatsPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="annual-list"
                    element={
                      <RequirePermission anyOf={P.PROJECT_READERS}>
                        <P.AnnualListPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="systems"
                    element={
                      <RequirePermission anyOf={P.SYSTEM_READERS}>
                        <P.SystemsPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="systems/:id"
                    element={
                      <RequirePermission anyOf={P.SYSTEM_READERS}>
                        <P.SystemPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="monitoring/eliminations"
                    element={
                      <RequirePermission anyOf={P.ELIMINATION_READERS}>
                        <P.EliminationListPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="monitoring/import"
                    element={
                      <RequirePermission anyOf={['monitoring.submit']}>
                        <P.MonitoringImportPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="oversight/spot-checks"
                    element={
                      <RequirePermission anyOf={['plan.issue']}>
                        <P.SpotCheckPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="oversight/assignments"
                    element={
                      <RequirePermission anyOf={['plan.issue', 'project.evaluate']}>
                        <P.AssignmentsPage />
                      </RequirePermission>
                    }
                  />
                  <Route path="messages" element={<P.MessageCentrePage />} />
                  <Route path="*" element={<P.NotFound />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </AuthProvider>
      </ErrorBoundary>
    </Providers>
  );
}
