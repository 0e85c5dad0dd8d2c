'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { graphql } from '@/gql';
import { serverMutation } from '@/lib/urql-server';
import { userErrorMessages } from '@/lib/mutation-outcome';
import { NOTICES_TAG } from '@/lib/portal';

const CreateNotice = graphql(`
  mutation CreateNotice($input: CreateNoticeInput!) {
    createNotice(input: $input) {
      notice {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const SetNoticePublished = graphql(`
  mutation SetNoticePublished($input: SetNoticePublishedInput!) {
    setNoticePublished(input: $input) {
      notice {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const PATH = '/admin/notices';

/** 新建: the API checks the administrator and the text; its refusal comes back in the URL to be shown. */
export async function createNoticeAction(form: FormData) {
  const result = await serverMutation(CreateNotice, {
    input: {
      title: String(form.get('title') ?? ''),
      body: String(form.get('body') ?? ''),
      publish: form.get('publish') === '1',
    },
  });
  const errors = userErrorMessages(result.createNotice.userErrors).join(' ');
  revalidatePath(PATH);
  updateTag(NOTICES_TAG);
  redirect(errors ? `${PATH}?error=${encodeURIComponent(errors)}` : `${PATH}?done=created`);
}

/** 发布 / 撤回. */
export async function setNoticePublishedAction(form: FormData) {
  const result = await serverMutation(SetNoticePublished, {
    input: { noticeId: String(form.get('noticeId') ?? ''), published: form.get('published') === '1' },
  });
  const errors = userErrorMessages(result.setNoticePublished.userErrors).join(' ');
  revalidatePath(PATH);
  updateTag(NOTICES_TAG);
  redirect(
    errors
      ? `${PATH}?error=${encodeURIComponent(errors)}`
      : `${PATH}?done=${form.get('published') === '1' ? 'published' : 'withdrawn'}`,
  );
}
