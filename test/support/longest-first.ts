import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files start in: the projects in the order vitest.config.ts lists them, and within a
 * project vitest's own order (failed first, then longest first, or largest first on a machine that
 * has not run the suite yet, as in CI). vitest's default orders projects by name, which put the
 * long isolated integration files and the slow architecture check last, where one file ran alone
 * while the other workers had nothing left. A file of the same project next in line also reuses
 * the worker the last one left (vitest keeps a worker only for the same project), so the projects
 * stay together.
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const order = this.ctx.projects.map((p) => p.name);
    const rank = (s: TestSpecification) => {
      const i = order.indexOf(s.project.name);
      return i < 0 ? order.length : i;
    };
    // Array.prototype.sort is stable: within a project, the base order stays.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
