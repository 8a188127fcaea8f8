// A brand's React 19 app: one widget through the generated React component, one as plain JSX.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AtelierWarrantyActivation } from '@atelier/widgets/react';
import type { ActivationResponse, Received } from '@atelier/client/contract';

function App() {
  const [activated, setActivated] = useState<Received<ActivationResponse> | null>(null);
  return (
    <main>
      <AtelierWarrantyActivation
        publishableKey="pk_test_outside"
        apiBase="https://api.example.com"
        theme="dark"
        serial="MA-240001"
        onWarrantyActivated={(event) => setActivated(event.detail)}
      />
      <atelier-provenance
        publishable-key="pk_test_outside"
        api-base="https://api.example.com"
        serial="MA-240001"
        onatelier-provenance-loaded={(event) => console.log(event.detail.record.serial)}
      />
      {/* @ts-expect-error the theme is light, dark or auto: a typo is a type error, not a silent default */}
      <atelier-service-tracker theme="purple" />
      <p>{activated ? activated.warranty.status : 'not activated yet'}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
