// The smallest useful SurveyJS questionnaire: one page, four radio questions, rendered with its own UI package.
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

const levels = ['Initial', 'Repeatable', 'Defined', 'Managed', 'Optimising'];
const survey = new Model({
  pages: [
    {
      elements: ['method', 'templates', 'vocabulary', 'tailoring'].map((name) => ({
        type: 'radiogroup',
        name,
        title: name,
        choices: levels,
        showOtherItem: false,
        showNoneItem: true,
      })),
    },
  ],
});
renderSurvey(survey, document.getElementById('survey'));
