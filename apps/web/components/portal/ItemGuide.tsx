import Link from 'next/link';
import { PageTitle } from '@/components/layout/PageTitle';
import { PortalBreadcrumb } from './PortalBreadcrumb';
import type { ItemGuide as ItemGuideData } from '@/lib/portal';
import { applyHref, askHref } from '@/lib/portal-links';

/** Multi-line guide text as paragraphs. */
function Lines({ text }: { text: string | null }) {
  if (!text) return <p>暂未公布</p>;
  return (
    <>
      {text.split('\n').map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </>
  );
}

/**
 * 办事指南 of one item, public: conditions, materials, time limit, fees, where, and how to apply — 在线申报
 * (sign-in first) where the online form is built, else 窗口办理 at the stated place; 咨询 and 投诉 to the item's
 * department (sign-in first). No 预约: bookings do not exist yet. Plain HTML: pages/items/[id].tsx ships no script.
 */
export function ItemGuide({ item }: { item: ItemGuideData }) {
  return (
    <div className="portal">
      <PortalBreadcrumb current="办事指南" />
      <article className="panel item-guide">
        <PageTitle extra={item.department.name}>{item.name}</PageTitle>
        <div className="item-guide__actions">
          {item.applicationForm ? (
            <>
              <Link
                prefetch={false}
                className="button button--primary"
                href={applyHref(item.id)}
                data-testid="apply-online"
              >
                在线申报
              </Link>
              <span>需登录后申报；也可到窗口办理。</span>
            </>
          ) : (
            <span className="item-guide__window">窗口办理：请携带申请材料到办理地点申请。</span>
          )}
        </div>
        <dl className="item-guide__facts">
          <div>
            <dt>实施部门</dt>
            <dd>{item.department.name}</dd>
          </div>
          <div>
            <dt>办理方式</dt>
            <dd>{item.applicationForm ? '在线申报、窗口办理' : '窗口办理'}</dd>
          </div>
          <div>
            <dt>承诺时限</dt>
            <dd>{item.promisedDays != null ? `${item.promisedDays} 个工作日` : '暂未公布'}</dd>
          </div>
          <div>
            <dt>收费标准</dt>
            <dd>{item.fee ?? '暂未公布'}</dd>
          </div>
          <div>
            <dt>办理地点</dt>
            <dd>{item.place ?? '暂未公布'}</dd>
          </div>
          <div>
            <dt>咨询电话</dt>
            <dd>{item.consultPhone ?? '暂未公布'}</dd>
          </div>
        </dl>
        <section aria-labelledby="guide-conditions">
          <h2 id="guide-conditions">申请条件</h2>
          <Lines text={item.conditions} />
        </section>
        <section aria-labelledby="guide-materials">
          <h2 id="guide-materials">申请材料</h2>
          <ol className="item-guide__materials">
            {item.materials.map((material) => (
              <li key={material.id}>
                {material.name}
                <span className={material.required ? 'tag tag--required' : 'tag'}>
                  {material.required ? '必需' : '可选'}
                </span>
                {material.licenseType && <span className="tag">可从证照库获取</span>}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="guide-questions">
          <h2 id="guide-questions">咨询与投诉</h2>
          <p>
            对本事项有疑问或对办理服务不满意，可在线向{item.department.name}
            咨询或投诉（需登录），部门答复后在“我的互动”中查看。
          </p>
          <div className="item-guide__actions">
            <Link
              prefetch={false}
              className="button"
              href={askHref(item.id, 'CONSULTATION')}
              data-testid="ask-question"
            >
              咨询
            </Link>
            <Link prefetch={false} className="button" href={askHref(item.id, 'COMPLAINT')}>
              投诉
            </Link>
          </div>
        </section>
        {item.categories.length > 0 && (
          <p className="portal-note">
            所属分类：{item.categories.map((category) => category.name).join('、')}
          </p>
        )}
      </article>
    </div>
  );
}
