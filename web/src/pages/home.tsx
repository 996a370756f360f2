/** The landing page: what the product decides and where each user starts. */
export const HomePage = () => (
  <section class="home">
    <h1>Do you need a PMO, and which one?</h1>
    <p class="lead">
      PMO Blueprint measures how your organisation runs projects today across ten dimensions, decides whether
      a Project Management Office would pay off, recommends the model that fits (weather station, control
      tower or resource source) and how to source it, and turns that into a phased rollout plan. Every number
      shows how it was reached.
    </p>
    <div class="cards">
      <article class="card">
        <h2>Business owners</h2>
        <p>Answer alone in about ten minutes, no account needed, and get the verdict at once.</p>
        <a class="button primary" href="/quick-check">
          Start the quick check
        </a>
      </article>
      <article class="card">
        <h2>Consultants</h2>
        <p>
          Run a client assessment: invite stakeholders by role, follow their answers, read where executives
          and project managers disagree, and hand over a report and a rollout plan.
        </p>
        <a class="button" href="/sign-in">
          Consultant sign-in
        </a>
      </article>
      <article class="card">
        <h2>Leadership</h2>
        <p>
          Compare the three PMO models and the sourcing options side by side, and see how the answer changes
          with your context.
        </p>
        <a class="button" href="/compare">
          Compare the options
        </a>
      </article>
    </div>
  </section>
);
