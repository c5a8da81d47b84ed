// Saving one Additional Case Information module's answers (R-CASE-28; spec 01 §4.7).
import { serverFacts } from '../action.ts';
import { moduleStatus, validateSaveModule, type InfoModule, type SaveModuleInput } from '../additional-info.ts';
import { caseAction } from '../case-action.ts';
import { moduleAnswersSchema } from '../schemas/case.ts';

export const saveAdditionalInfo = caseAction({
  name: 'saveAdditionalInfo',
  route: {
    method: 'put',
    path: 'additional-info/:moduleCode',
    summary: "Save a module's answers; completed only with every required answer (R-ASM-04)",
  },
  body: moduleAnswersSchema,
  params: ['moduleCode'],
  /** The organisation's questions of that module, as configured now. */
  facts: serverFacts<{ questions: SaveModuleInput['questions'] }>(),
  validate: (s, input) => validateSaveModule(s, { ...input, moduleCode: input.moduleCode as InfoModule }),
  decide: (_s, input) => [
    {
      type: 'AdditionalInfoSaved',
      moduleCode: input.moduleCode as InfoModule,
      answers: input.answers,
      status: moduleStatus(input),
    },
  ],
});
