import { getServerSession } from 'next-auth';
import { Button, Card } from 'antd';
import { authOptions } from '@/lib/auth';
import { getHallName } from '@/lib/hall';
import { Paragraph, Title } from '@/components/typography';

export default async function HomePage() {
  const session = await getServerSession(authOptions);
  return (
    <Card>
      <Title level={2}>欢迎使用{getHallName()}</Title>
      {session ? (
        <Paragraph>
          您已登录。点击页面右上角的个人姓名，进入“个人空间”，在“我的办件”中查看在办件、办结件等办件信息。
        </Paragraph>
      ) : (
        <>
          <Paragraph>
            登录后，在系统首页点击个人姓名，进入“个人空间”，即可在“我的办件”中查看网上申报、互联互通和窗口申报的办件。
          </Paragraph>
          <Button type="primary" href="/login">
            登录
          </Button>
        </>
      )}
    </Card>
  );
}
