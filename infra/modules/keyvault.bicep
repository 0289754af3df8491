// Key Vault for the app's secrets. Access is by Azure RBAC only; the app's identity may read secrets,
// and App Service resolves the @Microsoft.KeyVault(...) references with that identity.
param name string
param location string
param tags object

@description('Principal id of the app\'s identity, allowed to read secrets.')
param readerPrincipalId string

@secure()
@description('SendGrid API key; when empty no secret is written and the app keeps emails in its outbox.')
param sendGridApiKey string

@secure()
@description('A coordinator key; when empty only Entra ID coordinators (Easy Auth) can act as coordinator.')
param coordinatorKey string

// Built-in role "Key Vault Secrets User".
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(sendGridApiKey)) {
  parent: vault
  name: 'sendgrid-api-key'
  properties: {
    value: sendGridApiKey
    contentType: 'text/plain'
  }
}

resource coordinatorSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(coordinatorKey)) {
  parent: vault
  name: 'coordinator-key'
  properties: {
    value: coordinatorKey
    contentType: 'text/plain'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Secret URIs without a version, so the app follows the latest version of each secret. A secret exists
// only when its value was given.
output sendGridSecretUri string = '${vault.properties.vaultUri}secrets/sendgrid-api-key'
output coordinatorSecretUri string = '${vault.properties.vaultUri}secrets/coordinator-key'
