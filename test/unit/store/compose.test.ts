import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { compose } from '../../../functions/store/dynamo/compose';
import { DynamoStore } from '../../../functions/store/dynamo-store';
import { STORE_ACTIONS } from '../../../functions/store/permissions';

class Shared {
  protected helper() {
    return 'shared';
  }
}
class Left extends Shared {
  constructor(private readonly name: string) {
    super();
  }
  greet() {
    return `${this.helper()} ${this.name}`;
  }
}
class Right extends Shared {
  greet() {
    return 'again';
  }
  other() {
    return 'other';
  }
}

describe('the store composed of its parts', () => {
  it('answers each method a part declares, bound to that part, and nothing the parts inherit', () => {
    const whole = compose([new Left('left')] as const);
    const { greet } = whole;
    expect(greet()).toBe('shared left');
    expect(Object.keys(whole)).toEqual(['greet']);
  });

  it('refuses a method two parts declare: one aggregate owns each request', () => {
    expect(() => compose([new Left('left'), new Right()] as const)).toThrow(/declare greet/);
  });

  it('is, as DynamoStore, exactly the Store port: every method, and no helper of a part', () => {
    const store = new DynamoStore(
      mockClient(DynamoDBDocumentClient) as unknown as DynamoDBDocumentClient,
      't',
    );
    const methods = Object.keys(store).filter((name) => typeof Reflect.get(store, name) === 'function');
    expect(methods.sort()).toEqual(Object.keys(STORE_ACTIONS).sort());
  });
});
