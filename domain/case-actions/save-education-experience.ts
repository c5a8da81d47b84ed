// Saving the client's education and employment history (spec 01 §4.6).
import { caseAction } from '../case-action.ts';
import { validateEducationExperience } from '../education.ts';
import { educationExperienceSchema } from '../schemas/case.ts';

export const saveEducationExperience = caseAction({
  name: 'saveEducationExperience',
  route: { method: 'put', path: 'education-experience', summary: 'Save Education & Experience (R-ASM-06..11)' },
  body: educationExperienceSchema,
  validate: (s, input, ctx) => validateEducationExperience(s, input, ctx.today),
  decide: (_s, input) => [{ type: 'EducationExperienceSaved', document: input }],
});
