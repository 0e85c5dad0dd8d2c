'use client';

import { Typography } from 'antd';

// Server components cannot dot into a client module (`Typography.Title` is undefined there), so the
// Typography parts are re-exported by name.
export const Title = Typography.Title;
export const Paragraph = Typography.Paragraph;
export const Text = Typography.Text;
